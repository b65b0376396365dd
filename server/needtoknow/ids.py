"""Random ids for checks and requests: 128 bits from the operating system's CSPRNG (`os.urandom`),
read 4 KiB at a time rather than 16 bytes a call — on a busy machine each read is a system call
that costs more than the rest of the id. The block is per process (dropped in a forked child,
which must never hand out its parent's ids) and shared by threads under a lock."""
import os
import threading

_BLOCK = 4096
_lock = threading.Lock()
_state = {"block": b"", "at": 0}


def new_id():
    """32 lowercase hex digits, as `uuid.uuid4().hex` gives (not a UUID: no version bits)."""
    with _lock:
        at = _state["at"]
        if at + 16 > len(_state["block"]):
            _state["block"], at = os.urandom(_BLOCK), 0
        _state["at"] = at + 16
        return _state["block"][at:at + 16].hex()


def _forget():
    _state["block"], _state["at"] = b"", 0


os.register_at_fork(after_in_child=_forget)
