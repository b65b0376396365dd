"""The registry: every recognizer once, on Presidio's contract, usable by a stock AnalyzerEngine
through the adapter (recognizers/presidio.py), and scan() never importing Presidio itself."""
import subprocess
import sys

import pytest
import presidio_analyzer
from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from needtoknow.inspect.evidence import ENTITY_KINDS
from needtoknow.inspect.recognizers import (
    KIND_OF_ENTITY,
    RECOGNIZERS,
    build_registry,
    contract,
    default_registry,
    presidio,
)

ROW = (
    "Name: Ivy Clarke | DOB: 12/03/1931 | Phone: 01622 334455 | Postcode: ME5 6JW"
    " | Key safe: 9357"
)


def test_default_registry_is_built_once():
    assert default_registry() is default_registry()
    assert isinstance(default_registry(), contract.RecognizerRegistry)
    assert isinstance(presidio.build_registry(), presidio_analyzer.RecognizerRegistry)


@pytest.mark.parametrize("cls", RECOGNIZERS)
def test_each_recognizer_honours_presidios_contract(cls):
    ours = cls()
    recognizer = presidio.adapter(cls)()
    assert isinstance(recognizer, EntityRecognizer)
    assert recognizer.supported_entities == ours.supported_entities == [cls.ENTITY]
    assert KIND_OF_ENTITY[cls.ENTITY] in ENTITY_KINDS
    results = recognizer.analyze(ROW, recognizer.supported_entities, None)
    for result in results:
        assert isinstance(result, presidio_analyzer.RecognizerResult)
        assert 0 < result.score <= 1 and result.entity_type == cls.ENTITY
    assert [(r.entity_type, r.start, r.end, r.score, r.recognition_metadata["normalized"]) for r in results] == [
        (r.entity_type, r.start, r.end, r.score, r.recognition_metadata["normalized"])
        for r in ours.analyze(ROW, ours.supported_entities, None)]


@pytest.mark.parametrize("cls", RECOGNIZERS)
def test_each_recognizer_survives_presidios_serialisation(cls):
    presidio_class = presidio.adapter(cls)
    for kind in (cls, presidio_class):  # our own to_dict / from_dict, and through the adapter
        recognizer = kind()
        copy = kind.from_dict(recognizer.to_dict())
        assert type(copy) is kind and copy.to_dict() == recognizer.to_dict()
        found = [(r.start, r.end) for r in recognizer.analyze(ROW, recognizer.supported_entities)]
        assert [(r.start, r.end) for r in copy.analyze(ROW, copy.supported_entities)] == found
    # Presidio's dict (its own Pattern objects rebuilt by its from_dict) configures ours the same
    assert presidio_class().to_dict()["patterns"] == cls().to_dict()["patterns"]


def test_context_can_be_configured():
    from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer

    assert AccessCodeRecognizer().analyze("Magic word 4812") == []
    assert len(AccessCodeRecognizer(context=["magic word"]).analyze("Magic word 4812")) == 1
    config = dict(presidio.adapter(AccessCodeRecognizer)().to_dict(), context=["magic word"])
    assert len(presidio.adapter(AccessCodeRecognizer).from_dict(config).analyze("Magic word 4812")) == 1


def test_every_evidence_kind_has_a_recognizer():
    assert sorted(KIND_OF_ENTITY.values()) == sorted(ENTITY_KINDS)


@pytest.mark.parametrize(
    "enabled, entities",
    [(None, len(RECOGNIZERS)), ({"ACCESS_CODE"}, 1), ({"UK_PHONE", "UK_POSTCODE"}, 2), (set(), 0)],
)
def test_registry_can_be_narrowed(enabled, entities):
    assert len(build_registry(enabled).recognizers) == entities
    assert len(presidio.build_registry(enabled).recognizers) == entities


def test_a_stock_engine_runs_our_registry_without_a_model():
    engine = AnalyzerEngine(
        registry=presidio.build_registry(),
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
        supported_languages=["en"],
    )
    found = sorted(r.entity_type for r in engine.analyze(ROW, language="en"))
    assert found == ["ACCESS_CODE", "DATE_OF_BIRTH", "UK_PHONE", "UK_POSTCODE"]


def test_checking_never_imports_presidio():
    # A fresh process: importing Presidio costs over a second of each `needtoknow check`'s start-up.
    code = ("import sys\n"
            "from needtoknow.inspect.recognizers import default_registry\n"
            "from needtoknow.inspect.scan import scan\n"
            "import needtoknow.check\n"
            "for r in default_registry().recognizers: r.analyze('Key safe 4821, joan@gmail.com')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('presidio_analyzer', 'spacy')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
