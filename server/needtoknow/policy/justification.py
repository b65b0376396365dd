"""What a written reason for sending a warned email anyway must be: real words, not "..." or
three spaces. Pure: the limits are settings (`justification_min_chars`, `…_min_words`)."""
import re

CATEGORIES = {
    "manager-approved": "A manager approved it",
    "client-consented": "The client consented",
    "professional-need": "The recipient needs it for their work",
}
_LETTER = re.compile(r"[^\W\d_]")


def words(text):
    """The words of `text` that hold at least one letter."""
    return [w for w in (text or "").split() if _LETTER.search(w)]


def problem(text, min_chars=10, min_words=2):
    """None when `text` is a good enough reason; else what to write, for the person sending."""
    text = (text or "").strip()
    if len(text) >= min_chars and len(words(text)) >= min_words:
        return None
    return (f"Write your reason in words: at least {min_chars} characters and "
            f"{min_words} word{'s' if min_words != 1 else ''}.")
