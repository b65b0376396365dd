"""ACCESS_CODE: codes next to their label are found; every other four-digit number is not."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer, mask

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Key safe: 9357", ["9357"]),
        ("Keysafe 2580", ["2580"]),
        ("key-safe code is 1470", ["1470"]),
        ("KEY SAFE CODE: 3691", ["3691"]),
        ("KS 8024", ["8024"]),
        ("K/S: 802466", ["802466"]),
        ("Door entry: C1234", ["C1234"]),
        ("door code 4 8 1 2", ["4812"]),
        ("Key safe 7-3-1-9", ["7319"]),
        ("Key box: 2468", ["2468"]),
        ("keybox 24680", ["24680"]),
        ("Lockbox code 1357", ["1357"]),
        ("lock box 1357", ["1357"]),
        ("Alarm 2580", ["2580"]),
        ("Alarm code: 0000", ["0000"]),
        ("Gate code - 1470", ["1470"]),
        ("Entry code:5512", ["5512"]),
        ("Key safe no. 6630", ["6630"]),
        ("Key safe at the back door: 1234", ["1234"]),
        ("Key safe (by the garage) 7788", ["7788"]),
        ("Key safe (front door): 4417", ["4417"]),
        ("The key safe code for Mrs Smith is 9051.", ["9051"]),
        ("Key safe code for Mrs. Smith: 9051", ["9051"]),
        ("Key safe No. C1234", ["C1234"]),
        ("Key safe code: 4812, alarm 1234", ["4812", "1234"]),
        ("Key safe code 4812 changed 03/12/2024", ["4812"]),
        ("Name: Mrs Ivy Clarke | Phone: 01622 334455 | Key safe code: 9357", ["9357"]),
        ("Key safe code: 9357 | Phone: 01622 334455", ["9357"]),
        ("Key safe code: 9357\nName: Arthur Wood | Address: 12 Mill Close", ["9357"]),
    ],
)
def test_finds_codes_after_their_label(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The label on the line above: a letter's paragraphs, a form, a quoted reply.
        ("Key safe\n4821", ["4821"]),
        ("Key safe code:\r\n4821\r\n", ["4821"]),
        ("Dear Ivy,\nthe key safe by the back door\n- 4821", ["4821"]),
        ("> key safe\n> 4821", ["4821"]),
        # The label in the cell beside: a two-column form rendered without a header.
        ("Key safe | 4821\nDoor code | 1357", ["4821", "1357"]),
        ("Access | 4821", ["4821"]),
        ("Entry | C4821", ["C4821"]),
        # Column labels a list uses for the code.
        ("Name: Ivy Clarke | Access: 4821", ["4821"]),
        ("Name: Ivy Clarke | Access info: key safe by back door 4821", ["4821"]),
        ("Access details: 4821", ["4821"]),
        ("Entry: 4821", ["4821"]),
        ("Entry instructions: 4821", ["4821"]),
        ("K.S. 4821", ["4821"]),
        ("Padlock 4821", ["4821"]),
        ("Keypad: 4821#", ["4821"]),
        ("Combination 4821", ["4821"]),
        ("Back door 4821", ["4821"]),
        ("Key\u2011safe 4821", ["4821"]),  # Word's non-breaking hyphen
        ("KS 1234 / door 5678", ["1234", "5678"]),
        ("Door code: #4821", ["4821"]),  # a keypad's hash or star first
        ("Key safe *4821#", ["4821"]),
        ("Key safe code........4821", ["4821"]),  # a printed form's dot leader
        # "code" carries a phrase further back in the line, or from the line above.
        ("Key safe located to the right of the front door behind the bush, code 4821", ["4821"]),
        ("Your carers will use the key safe. The code we hold for it is 4821.", ["4821"]),
        ("The key safe is on the left of the porch\nThe code is 4821", ["4821"]),
        # A phrase right after the code.
        ("4821 (key safe)", ["4821"]),
        ("Code 4821 for the keysafe", ["4821"]),
        ("Notes: 4821 key safe round back", ["4821"]),
    ],
)
def test_finds_codes_labelled_above_beside_or_after(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please read the code of conduct 2024 before your first visit.",
        "Send the forms to PO Box 1234, Chatham.",
        "Meeting in Room 1234 at 10am.",
        "Call the office on ext 1234.",
        "Invoice 12345 is overdue.",
        "Key safe invoice 12345 attached.",
        "Key safe supplier ref 55123",
        "Company number 01234567",
        "The key safe was fitted in 2019.",
        "Key safe installed 2019",
        "Key safe price £1234",
        "Key safe cost 1234 pounds",
        "Alarm call at 14:30 daily",
        "Alarm at 0730",
        "Key safe since 2019",
        "Key safe, ordered 03/12 at 1130",
        "Key safe checked 03/12/2024",
        "GP appointment 1430 on Tuesday",
        "GP appointment at 14:30 on 03/12/2024",
        "Year 2024 budget",
        "4812",
        "Key safe",
        "Key safe. The meeting is in room 1234",
        "Key safe fitted. Order 5521 arrives Monday.",
        "Key safe code",
        "Postcode: ME5 6JW",
        "Key safe 12.345 kg",
        "Key safe code on page 1234",
        "Lifeline alarm number 01622 334455",
        "Fire alarm test 1400 on Tuesday",
        "Alarm clock set for 0700",
        "Key safe 2019 model",
        "Alarm 0700 am",
    ],
)
def test_other_numbers_are_not_codes(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "KS1 reading group 2024",  # school key stages, not key safes
        "ks2 sats 2023",
        "New key safe (Supra C500) ordered",  # a make and model
        "Key safe: Master Lock 5401",
        "KS 2024 review",
        "Access to Work ref 48213",
        "Access via side gate from 0800",
        "Access: 2 carers, 4 visits daily",
        "Access: Monday 0900",  # a day before a number makes it a time
        "Entry: daily 0800",
        "Key safe visit between 0800 and 1000",
        "Diary entry 2024",
        "Entry 12 of 2024",
        "Alarm\n\n1200 lunch call",  # a blank line: the heading labels nothing
        "Key safe fitted\n2019",
        "Alarm | Careline | 01632 960123",
        # "code" does not carry a phrase to a number that is something else.
        "Key safe ordered. Product code 48213 arrives Monday.",
        "Key safe fitted; code of practice 2019",
        "Key safe: none | Service code: 1204",
        "Name: Ivy | Key safe: none\nName: Ted | Discount code: 5678",
        # A phrase after a time, a year or a reference.
        "0800 Mrs Smith (key safe)",
        "1230 lunch call - key safe",
        "2019 key safe installed",
        "Ref 4821 key safe order",
        "Invoice 4821 for key safe",
        "Unit 4821 key safe store",
        "1000 key safes sold",
        "Key safe order #4821",
        "Alarm incident #48213",
        "Key safe 1.4821",
    ],
)
def test_labels_do_not_reach_other_numbers(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "code, masked",
    [("4812", "48**"), ("C1234", "C1***"), ("802466", "80****")],
)
def test_mask_keeps_two_characters(code, masked):
    assert mask(code) == masked


def test_remembered_label_readings_still_weigh_each_value():
    """The same label before every row is read once (windowed._read_window, _phrase_facts);
    what the value is still decides: a year after a weak label stays a year, every row counts."""
    fresh = AccessCodeRecognizer()
    found = lambda text: [r.recognition_metadata["normalized"] for r in fresh.analyze(text)]  # noqa: E731
    assert found("Name: Al | Back door 4821") == ["4821"]
    assert found("Name: Al | Back door 2019") == []
    assert found("Name: Al | Back door 1357") == ["1357"]
    rows = "\n".join(f"Name: C{i} | Key safe: {1000 + i}" for i in range(200))
    assert found(rows) == [str(1000 + i) for i in range(200)]


def test_label_readings_are_forgotten_past_the_bound_and_read_again():
    fresh = AccessCodeRecognizer()
    for i in range(5000):  # more distinct windows than are kept
        fresh.analyze(f"Visit {i} note, key safe: 4821")
    assert len(fresh._windows) <= 4096 and len(fresh._facts) <= 4096
    assert [r.recognition_metadata["normalized"] for r in fresh.analyze("Door code 7319")] == ["7319"]
