"""Attachments read in bounded helper processes: each hostile shape costs a helper, never the
caller, and is answered within its time with a problem; the pool goes on reading normal files."""
import time

import psutil
import pytest

import hostile_files as hostile
from needtoknow.inspect.extract import Limits
from needtoknow.inspect.extract.pool import CallerSlots, ExtractionPool, bounded

SECONDS = 2.0
REASONS = {"too_complex", "unchecked", "too_large", "bomb", "corrupt", "timeout"}


@pytest.fixture(scope="module")
def pool():
    pool = ExtractionPool(2, 512 << 20, 3).warm()
    yield pool
    pool.close()


SHAPES = {
    "encoded-word header flood": lambda: hostile.encoded_word_subject_eml(),
    "200k-address header": lambda: hostile.many_addresses_eml(),
    "100k MIME parts": lambda: hostile.many_parts_eml(),
    "docx of empty paragraphs": lambda: hostile.empty_paragraphs_docx(),
    "xlsx of empty cells": lambda: hostile.tiny_cells_xlsx(),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_hostile_shape_is_answered_in_time_with_a_problem(pool, shape):
    data = SHAPES[shape]()
    me = psutil.Process()
    rss_before = me.memory_info().rss
    started = time.monotonic()
    result = pool.extract("x", data, Limits(), SECONDS)
    took = time.monotonic() - started
    assert took < SECONDS + 1.0, (shape, took)
    assert {p.kind for p in result.problems} & REASONS, (shape, result.problems)
    # the caller (the web worker) did none of the reading: its memory barely moved
    assert me.memory_info().rss - rss_before < 64 << 20


def test_memory_bomb_kills_only_a_helper_which_is_replaced(pool, client_pdf):
    # a helper limited to 512 MiB of address space reading a header that needs gigabytes
    result = pool.extract("x", hostile.encoded_word_subject_eml(), Limits(), 20.0)
    assert result.problems and result.problems[0].kind in {"too_complex", "unchecked"}
    after = pool.extract("rota.pdf", client_pdf, Limits(), 20.0)
    assert not after.problems and "Joan Smith" in "".join(p.text for p in after.parts)


def test_a_normal_pdf_reads_the_same_as_in_process(pool, client_pdf):
    from needtoknow.inspect.extract import extract

    pdf = client_pdf
    assert pool.extract("rota.pdf", pdf, Limits(), 20.0) == extract("rota.pdf", pdf, Limits())


def test_one_caller_has_at_most_its_slots_in_flight(pool):
    slots = CallerSlots(1)
    assert slots.acquire("mallory", 0.1)
    started = time.monotonic()
    late = bounded(pool, slots, "mallory")("x", b"hello", Limits(), 0.3)
    assert late.problems[0].kind == "unchecked" and time.monotonic() - started < 1.0
    fine = bounded(pool, slots, "alice")("x", b"hello there", Limits(), 5.0)
    assert not fine.problems and fine.parts[0].text == "hello there"
    slots.release("mallory")
    assert bounded(pool, slots, "mallory")("x", b"hi", Limits(), 5.0).parts[0].text == "hi"
