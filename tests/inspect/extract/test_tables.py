"""Tables as text: a list reads under its header row; a form (labels in a column) reads as is."""
import pytest

from needtoknow.inspect.extract import tables


@pytest.mark.parametrize("rows, lines", [
    # A list: labels head the columns.
    ([["Name", "Key safe"], ["Joan Smith", "9357"], ["Ted Hall", "4821"]],
     ["Name | Key safe", "Name: Joan Smith | Key safe: 9357", "Name: Ted Hall | Key safe: 4821"]),
    # A form: the labels run down the first column, so the first row is not a header.
    ([["Name", "Joan Smith"], ["Address", "12 Mill Road"], ["Key safe", "9357"]],
     ["Name | Joan Smith", "Address | 12 Mill Road", "Key safe | 9357"]),
    ([["Name:", "Joan Smith"], ["Date of birth:", "04/11/1929"]],
     ["Name: | Joan Smith", "Date of birth: | 04/11/1929"]),
    # ...or down every other column of a four-column front sheet.
    ([["Client", "Joan Smith", "DOB", "04/11/1929"], ["GP", "Dr Patel", "Religion", "None"],
      ["Door code", "1357", "Alarm", "2468"]],
     ["Client | Joan Smith | DOB | 04/11/1929", "GP | Dr Patel | Religion | None",
      "Door code | 1357 | Alarm | 2468"]),
    # A list whose column repeats a label-like value is still a list.
    ([["Client", "Contact by", "Key safe"], ["Joan Smith", "Phone", "9357"],
      ["Ted Hall", "Phone", "4821"], ["Ivy Clarke", "Email", "1470"]],
     ["Client | Contact by | Key safe", "Client: Joan Smith | Contact by: Phone | Key safe: 9357",
      "Client: Ted Hall | Contact by: Phone | Key safe: 4821",
      "Client: Ivy Clarke | Contact by: Email | Key safe: 1470"]),
    # A two-level header: merged cells span columns, the row under them labels each one.
    ([["Client details", "", "Access", ""], ["Name", "Postcode", "KS", "Alarm"],
      ["Joan Smith", "DA11 0AA", "9357", "1470"]],
     ["Client details Name | Client details Postcode | Access KS | Access Alarm",
      "Client details Name: Joan Smith | Client details Postcode: DA11 0AA | Access KS: 9357 | "
      "Access Alarm: 1470"]),
])
def test_lists_and_forms(rows, lines):
    assert tables.render(rows) == lines


@pytest.mark.parametrize("rows, form", [
    ([["Name", "Joan"], ["Key safe", "9357"]], True),
    ([["Name", "Postcode", "Key safe"], ["Joan", "DA11 0AA", "9357"]], False),
    ([["Key safe"], ["9357"]], False),
    ([["Name", "Joan"], ["Name", "Ted"], ["Name", "Ivy"]], False),  # one label, repeated
    ([["Name", "Joan"], ["x", "1"], ["y", "2"], ["z", "3"], ["Notes", "none"]], False),
    ([["Access", ""], ["KS", "Alarm"], ["9357", "1470"]], False),  # labels only at the top
    ([], False),
])
def test_is_form(rows, form):
    assert tables.is_form(rows) is form


def test_title_rows_do_not_push_the_header_out_of_reach():
    """An exported rota's title block (agency, week, run, carer, printed-by lines, one cell
    each) sits over its header; the header is still found."""
    title = [[line, "", ""] for line in ("Bright Care Ltd", "Rota w/c 7 Dec", "Run: North",
                                          "Carer: Sam", "Printed by the office", "Area: Medway")]
    rows = title + [["Client", "Address", "Key safe"], ["Al Smith", "3 Elm Ct", "7305"]]
    assert tables.render(rows)[-1] == "Client: Al Smith | Address: 3 Elm Ct | Key safe: 7305"
