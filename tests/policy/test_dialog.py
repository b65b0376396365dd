"""The dialog fields: titles, override and the 500-character limit."""
import pytest

from needtoknow.policy.dialog import LIMIT, dialog
from needtoknow.policy.model import Decision, Reason


def reason(severity, n=100, i=0):
    return Reason("access-code", severity, f"{i:03}" + "x" * (n - 3), f"**{i:03}**" + "x" * (n - 8))


@pytest.mark.parametrize("decision,override", [
    (Decision("allow"), {"allowed": True, "justification": False}),
    (Decision("warn", (reason("warn"),)), {"allowed": True, "justification": True}),
    (Decision("block", (reason("block"),)), {"allowed": False}),
])
def test_override(decision, override):
    assert dialog(decision)["override"] == override


@pytest.mark.parametrize("count,length", [(1, 100), (4, 100), (8, 100), (1, 900), (30, 40)])
def test_message_fits(count, length):
    shown = dialog(Decision("block", tuple(reason("block", length, i) for i in range(count))))
    assert len(shown["message"]) <= LIMIT and len(shown["message_markdown"]) <= LIMIT
    assert shown["message"]
    if count * (length + 1) > LIMIT:
        lines = shown["message"].split("\n")
        kept = sum(1 for line in lines if line[:3].isdigit())
        if kept < count:  # the rest are counted, and the reader told where to see them
            rest = count - kept
            assert lines[-1] == f"Open Need to Know to see {rest} more problem{'s' * (rest != 1)}."
        else:
            assert lines[0].endswith("…")


def test_same_reason_twice_is_said_once():
    shown = dialog(Decision("warn", (reason("warn"), reason("warn"))))
    assert shown["message"].count("000x") == 1


def test_warning_ends_with_how_to_send_anyway():
    shown = dialog(Decision("warn", tuple(reason("warn", 100, i) for i in range(8))))
    assert shown["message"].endswith("To send anyway, give your reason.")
    assert shown["message_markdown"].endswith("To send anyway, give your reason.")


def test_allowed_with_data_is_not_nothing_found():
    shown = dialog(Decision("allow", (), ("It has details of 1 client, and every recipient is "
                                          "linked to this client.", "…")))
    assert shown["title"] == "This email can be sent"
    assert "linked to this client" in shown["message"]
    assert dialog(Decision("allow"))["title"] == "Nothing sensitive found"


def test_real_reasons_for_many_recipients_fit_and_count_the_rest():
    from needtoknow.policy import wording

    people = tuple(f"firstname.lastname{i:02}@community-care-partners.example" for i in range(40))
    said = [wording.access_code(40, ("body", "rota.pdf")), wording.unlinked_client("outside", people, 40),
            wording.unlinked_client("personal", people[:5], 12), wording.bulk(40, 40, 5),
            wording.unknown(people), wording.exposed(people), wording.lookalike([(p, p) for p in people]),
            wording.unreadable("encrypted", ("a.pdf", "b.pdf"))]
    for severity in ("block", "warn"):
        reasons = tuple(Reason("r", severity, plain, md) for plain, md in said)
        shown = dialog(Decision(severity, reasons))
        for key in ("message", "message_markdown"):
            assert len(shown[key]) <= LIMIT
            kept = sum(1 for plain, md in said if (plain if key == "message" else md) in shown[key])
            assert kept >= 1
            assert f"Open Need to Know to see {len(said) - kept} more problems." in shown[key]
        assert shown["message_markdown"].count("**") % 2 == 0
