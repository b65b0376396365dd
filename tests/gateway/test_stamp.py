"""Signed stamps: what they cover, and every way one can be wrong."""
import pytest

from needtoknow.gateway.stamp import Keyring, StampInvalid, sign, verify

KEYS = Keyring({"new": b"new-secret", "old": b"old-secret"}, "new")
SHA = "ab" * 32


def make(keyring=KEYS, **over):
    args = dict(check_id="c1", sender="Office@Agency.example", recipients=["a@x.example", "b@y.example"],
                attachment_shas=[SHA], decision="warn", overridden=True, now=1000)
    args.update(over)
    return sign(keyring, **args)


def test_a_stamp_verifies_and_covers_its_message():
    stamp = verify(KEYS, make(), now=1001)
    assert stamp.check_id == "c1" and stamp.decision == "warn" and stamp.overridden and stamp.key_id == "new"
    assert stamp.covers(KEYS, "office@agency.example", ["<A@x.example>", "b@y.example"], [SHA.upper()])
    assert stamp.covers(KEYS, "office@agency.example", ["a@x.example"], [SHA])  # a subset left the org


@pytest.mark.parametrize("sender, recipients, shas", [
    ("other@agency.example", ["a@x.example"], [SHA]),
    ("office@agency.example", ["a@x.example", "c@z.example"], [SHA]),
    ("office@agency.example", ["a@x.example"], []),
    ("office@agency.example", ["a@x.example"], [SHA, "cd" * 32]),
])
def test_a_stamp_does_not_cover_another_message(sender, recipients, shas):
    assert not verify(KEYS, make(), now=1001).covers(KEYS, sender, recipients, shas)


def test_rotation_old_key_still_verifies_unknown_key_does_not():
    old = make(Keyring({"old": b"old-secret"}, "old"))
    assert verify(KEYS, old, now=1001).key_id == "old"
    with pytest.raises(StampInvalid) as e:
        verify(Keyring({"new": b"new-secret"}, "new"), old)
    assert e.value.reason == "unknown-key"


@pytest.mark.parametrize("mangle, reason", [
    (lambda s: s.replace(".new.", ".old."), "signature"),
    (lambda s: s[:-3] + ("AAA" if s[-3:] != "AAA" else "BBB"), "signature"),
    (lambda s: "garbage", "malformed"),
    (lambda s: "", "malformed"),
    (lambda s: s.split(".", 1)[1], "malformed"),
    (lambda s: s + "é", "signature"),
])
def test_forged_or_broken_stamps_are_refused(mangle, reason):
    with pytest.raises(StampInvalid) as e:
        verify(KEYS, mangle(make()), now=1001)
    assert e.value.reason == reason


def test_a_changed_payload_breaks_the_signature():
    import base64
    import json

    prefix, kid, payload, mac = make().split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=="))
    data["d"] = "allow"
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    with pytest.raises(StampInvalid):
        verify(KEYS, ".".join([prefix, kid, forged, mac]))


def test_expired():
    with pytest.raises(StampInvalid) as e:
        verify(KEYS, make(), max_age=60, now=2000)
    assert e.value.reason == "expired"


def test_the_stamp_names_no_one():
    token = make(recipients=["joan.smith@family.example"], sender="office@agency.example")
    assert "joan" not in token.lower() and "family" not in token.lower()
    import base64

    payload = base64.urlsafe_b64decode(token.split(".")[2] + "==").decode()
    assert "joan" not in payload and "agency" not in payload


def test_keyring_from_config():
    assert Keyring.from_config({"STAMP_KEYS": "", "SECRET_KEY": "s"}).current == "k0"
    ring = Keyring.from_config({"STAMP_KEYS": "b:Two, a:One", "SECRET_KEY": "s"})
    assert ring.current == "b" and ring.keys == {"b": b"Two", "a": b"One"}  # secrets keep their case
