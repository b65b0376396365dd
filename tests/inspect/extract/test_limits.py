"""Limits: built from the app config, and each limit a precise Problem with partial text kept."""
import dataclasses
import itertools

import pytest

from needtoknow import config
from needtoknow.inspect.extract import Limits, context, extract

from .conftest import CLIENTS, JOAN_LINE, all_text, make_pdf, make_zip, problem_kinds


def test_defaults_match_the_config_defaults():
    assert Limits.from_config(config.DEFAULTS) == Limits()


def test_from_config_reads_the_keys_and_types():
    limits = Limits.from_config({"MAX_PAGES": "3", "EXTRACT_SECONDS": 2, "MAX_CELLS": None,
                                 "MAX_COMPRESSION_RATIO": 50})
    assert (limits.max_pages, limits.seconds, limits.max_cells) == (3, 2.0, Limits().max_cells)
    assert limits.max_compression_ratio == 50.0 and isinstance(limits.seconds, float)


def test_limits_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Limits().max_pages = 1


class Clock:
    """Each reading of the clock is one second later: the n-th check runs out of time."""

    def __init__(self):
        self._ticks = itertools.count()

    def monotonic(self):
        return float(next(self._ticks))


@pytest.mark.parametrize("name, data, seconds, kept, lost", [
    # clock readings: start, dispatch, page 1, page 2 (late)
    ("keysafes.pdf", make_pdf(), 2.5, JOAN_LINE, f"{CLIENTS[-1][0]} | Address: {CLIENTS[-1][1]}"),
    # start, dispatch, member a, a's chunk, a's dispatch, member b (late)
    ("pack.zip", make_zip({"a.txt": b"first 1111", "b.txt": b"second 2222"}), 4.5, "first 1111",
     "second 2222"),
])
def test_time_over_the_limit_keeps_what_was_read(name, data, seconds, kept, lost, monkeypatch):
    monkeypatch.setattr(context, "time", Clock())
    result = extract(name, data, Limits(seconds=seconds))
    assert problem_kinds(result) == ["timeout"]
    assert kept in all_text(result) and lost not in all_text(result)


def test_file_over_the_size_limit(limits):
    result = extract("big.txt", b"x" * 101, Limits(max_bytes=100))
    assert problem_kinds(result) == ["too_large"] and result.parts == ()


def test_text_over_the_limit_is_cut_once():
    data = make_zip({f"{i}.txt": b"Key safe 9357 " * 10 for i in range(5)})
    result = extract("pack.zip", data, Limits(max_text_chars=200))
    assert problem_kinds(result) == ["too_large"]
    assert sum(len(p.text) for p in result.parts) <= 200
