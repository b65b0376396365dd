"""Ids for checks and requests: 128 random bits as 32 hex digits, never repeated, never shared
with a forked child."""
import os
import re

from needtoknow.ids import new_id


def test_ids_are_32_hex_digits_and_distinct():
    ids = [new_id() for _ in range(5000)]  # more than one 4 KiB block
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_a_forked_child_never_hands_out_its_parents_next_ids():
    new_id()  # the parent holds a block
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(write, new_id().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    assert child != new_id()
