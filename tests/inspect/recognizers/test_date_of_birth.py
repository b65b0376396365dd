"""DATE_OF_BIRTH: a date counts only right after DOB / date of birth / born."""
import pytest

from needtoknow.inspect.recognizers.date_of_birth import DateOfBirthRecognizer

RECOGNIZER = DateOfBirthRecognizer()


def dates(text):
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["DATE_OF_BIRTH"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("DOB: 04/11/1929", ["04/11/1929"]),
        ("D.O.B. 4 Nov 1929", ["4 Nov 1929"]),
        ("Date of birth: 1929-11-04", ["1929-11-04"]),
        ("born 4th November 1929", ["4th November 1929"]),
        ("Born on 4 November, 1929 in Kent", ["4 November, 1929"]),
        ("dob 04.11.1929", ["04.11.1929"]),
        ("DOB (dd/mm/yyyy): 4/11/29", ["4/11/29"]),
        ("Birth date: November 4, 1929", ["November 4, 1929"]),
        ("D.O.B. November 4, 1929", ["November 4, 1929"]),
        ("Care plan review: DOB 01/01/1940", ["01/01/1940"]),
        ("Name: Ivy Clarke | DOB: 12/03/1931 | Postcode: ME5 6JW", ["12/03/1931"]),
        ("Date of birth 1929-11-04. Next review 03/12/2024.", ["1929-11-04"]),
        ("DOB: 04-Nov-1929", ["04-Nov-1929"]),  # care systems' and spreadsheets' formats
        ("DOB 04/Nov/1929", ["04/Nov/1929"]),
        ("Date of birth 4-Nov-29", ["4-Nov-29"]),
        ("DOB 04 NOV 29", ["04 NOV 29"]),
        ("DOB 04 11 1929", ["04 11 1929"]),
        ("Date of birth: 4th of November 1929", ["4th of November 1929"]),
        ("Date of birth.....04/11/1929", ["04/11/1929"]),  # a printed form's dot leader
        ("Date of birth\n04/11/1929", ["04/11/1929"]),  # a form's label above
        ("Date of birth | 04/11/1929", ["04/11/1929"]),  # ...or beside
        # "born" further back in its sentence (issue 10)
        ("She was born in Chatham, Kent, on the 4th of November 1929", ["4th of November 1929"]),
        ("Born at home in a village near Maidstone on 04/11/1929", ["04/11/1929"]),
    ],
)
def test_finds_dates_of_birth(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Appointment 03/12/2024 at 14:30",
        "Visit on 4 Nov 2024",
        "Review date: 2024-12-03",
        "DOB: 31/02/1930",  # no such day
        "DOB: 04/11/2999",  # not born yet
        "DOB: 14:30",
        "DOB: | Visit: 03/12/2024",
        "She was born in Kent. Moved here 03/12/1990.",
        "Born in Kent, moved 1990-12-03 after 1985-05-01",
        "Born and raised in Hoo, she moved to the flat by the river on 03/12/1990",
        "Key safe code: 9357",
        "DOB: 31-Feb-1930",
        "Visit 04-Nov-2024 | Born: Kent",
        "DOB unknown\nVisit 04 11 2024",
    ],
)
def test_other_dates_are_not_dates_of_birth(text):
    assert dates(text) == []
