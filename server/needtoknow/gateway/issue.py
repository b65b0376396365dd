"""The stamp the check API hands back: for a finished check, a fail-mode answer, or an override."""
import hashlib

from .stamp import Keyring, sign


def _keyring(config):
    return Keyring.from_config(config)


def _shas(attachments):
    return [a.sha256 if a.data is None else hashlib.sha256(a.data).hexdigest()
            for a in attachments if a.kind == "file"]


def for_result(config, inp, result):
    """Covers every address the sender typed and every one a list was expanded to."""
    recipients = {a.email for a in inp.addressees} | {r.email for r in result.recipients}
    return sign(_keyring(config), check_id=result.check_id, sender=inp.sender, recipients=recipients,
                attachment_shas=_shas(inp.attachments), decision=result.decision.decision,
                overridden=False)


def for_answer(config, inp, body):
    """For an answer given without a CheckResult (the fail mode)."""
    return sign(_keyring(config), check_id=body["check_id"], sender=inp.sender,
                recipients={a.email for a in inp.addressees}, attachment_shas=_shas(inp.attachments),
                decision=body["decision"], overridden=False)


def for_record(config, record, overridden):
    """From a check's audit record (an override happens in a later request)."""
    return sign(_keyring(config), check_id=record.check_id, sender=record.actor or "",
                recipients={r.get("email", "") for r in record.recipients or ()},
                attachment_shas=[a.get("sha256") for a in record.attachments or () if a.get("sha256")],
                decision=record.decision, overridden=overridden)
