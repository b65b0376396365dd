"""The registry: every recognizer once, on Presidio's contract, usable by a stock AnalyzerEngine."""
import pytest
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from needtoknow.inspect.evidence import ENTITY_KINDS
from needtoknow.inspect.recognizers import (
    KIND_OF_ENTITY,
    RECOGNIZERS,
    build_registry,
    default_registry,
)

ROW = (
    "Name: Ivy Clarke | DOB: 12/03/1931 | Phone: 01622 334455 | Postcode: ME5 6JW"
    " | Key safe: 9357"
)


def test_default_registry_is_built_once():
    assert default_registry() is default_registry()
    assert isinstance(default_registry(), RecognizerRegistry)


@pytest.mark.parametrize("cls", RECOGNIZERS)
def test_each_recognizer_honours_presidios_contract(cls):
    recognizer = cls()
    assert isinstance(recognizer, EntityRecognizer)
    assert recognizer.supported_entities == [cls.ENTITY]
    assert KIND_OF_ENTITY[cls.ENTITY] in ENTITY_KINDS
    for result in recognizer.analyze(ROW, recognizer.supported_entities, None):
        assert 0 < result.score <= 1 and result.entity_type == cls.ENTITY


@pytest.mark.parametrize("cls", RECOGNIZERS)
def test_each_recognizer_survives_presidios_serialisation(cls):
    recognizer = cls()
    copy = cls.from_dict(recognizer.to_dict())
    found = [(r.start, r.end) for r in recognizer.analyze(ROW, recognizer.supported_entities)]
    assert [(r.start, r.end) for r in copy.analyze(ROW, copy.supported_entities)] == found


def test_context_can_be_configured():
    from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer

    assert AccessCodeRecognizer().analyze("Magic word 4812") == []
    assert len(AccessCodeRecognizer(context=["magic word"]).analyze("Magic word 4812")) == 1


def test_every_evidence_kind_has_a_recognizer():
    assert sorted(KIND_OF_ENTITY.values()) == sorted(ENTITY_KINDS)


@pytest.mark.parametrize(
    "enabled, entities",
    [(None, len(RECOGNIZERS)), ({"ACCESS_CODE"}, 1), ({"UK_PHONE", "UK_POSTCODE"}, 2), (set(), 0)],
)
def test_registry_can_be_narrowed(enabled, entities):
    assert len(build_registry(enabled).recognizers) == entities


def test_a_stock_engine_runs_our_registry_without_a_model():
    engine = AnalyzerEngine(
        registry=build_registry(),
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
        supported_languages=["en"],
    )
    found = sorted(r.entity_type for r in engine.analyze(ROW, language="en"))
    assert found == ["ACCESS_CODE", "DATE_OF_BIRTH", "UK_PHONE", "UK_POSTCODE"]
