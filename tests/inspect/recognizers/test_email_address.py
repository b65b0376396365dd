"""EMAIL_ADDRESS: Presidio's pattern, a public-suffix check, and never a network request."""
import os
import subprocess
import sys
import textwrap

import pytest

from needtoknow.inspect.recognizers.email_address import EmailAddressRecognizer

RECOGNIZER = EmailAddressRecognizer()


def emails(text):
    results = RECOGNIZER.analyze(text, ["EMAIL_ADDRESS"])
    return [r.recognition_metadata["normalized"] for r in results]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("joan.smith@gmail.com", ["joan.smith@gmail.com"]),
        ("Email: Office@Agency.co.uk | Phone: 01622 334455", ["office@agency.co.uk"]),
        ("write to a_b+care@nhs.net.", ["a_b+care@nhs.net"]),
        ("x@y.org, z@w.com", ["x@y.org", "z@w.com"]),
    ],
)
def test_finds_addresses(text, expected):
    assert emails(text) == expected


@pytest.mark.parametrize(
    "text",
    ["joan@localhost", "not an email", "@gmail.com", "joan.smith@example", "joan.smith@ gmail.com"],
)
def test_other_strings_are_not_addresses(text):
    assert emails(text) == []


NO_NETWORK = textwrap.dedent(
    """
    import sys
    attempts = []
    def audit(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
            attempts.append(event)
            raise OSError("network disabled in this test")
    sys.addaudithook(audit)
    from needtoknow.inspect.recognizers import default_registry, presidio
    import tldextract
    for recognizer in [*default_registry().recognizers, *presidio.build_registry().recognizers]:
        recognizer.analyze("mail joan.smith@gmail.com or office@agency.co.uk", None)
    tldextract.extract("office@agency.co.uk")  # Presidio's own EmailRecognizer path
    assert not attempts, attempts
    """
)


def test_never_goes_to_the_network(tmp_path):
    # A fresh process (import order matters to tldextract) with an empty cache, so a cached
    # suffix list cannot hide a download, and tldextract's own setting left to our code.
    env = {k: v for k, v in os.environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    env.update(XDG_CACHE_HOME=str(tmp_path), HOME=str(tmp_path))
    command = [sys.executable, "-c", NO_NETWORK]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr


def test_the_pattern_is_presidios():
    # Copied (so that checking never imports Presidio): the copy must not drift from the original.
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    assert [p.to_dict() for p in EmailAddressRecognizer.PATTERNS] == [p.to_dict() for p in EmailRecognizer.PATTERNS]
