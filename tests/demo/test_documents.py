"""Demo attachments open with the libraries that read them and carry the data they should."""
import io
import time

import docx
import openpyxl
import pypdfium2 as pdfium
import pytest

from needtoknow.demo import documents
from needtoknow.demo.generate import make_directory


_localtime = time.localtime


@pytest.fixture(scope="module")
def clients():
    return make_directory(n_clients=120).clients


def pdf_pages(data, password=None):
    pdf = pdfium.PdfDocument(data, password=password)
    return [page.get_textpage().get_text_range() for page in pdf]


def test_incident_client_list_is_five_pages_with_header_on_each(clients):
    pages = pdf_pages(documents.client_list_pdf(clients))
    assert len(pages) == 5
    for number, (page, start) in enumerate(zip(pages, range(0, 120, 24)), 1):
        assert "Name Address Postcode Phone Key safe" in page
        assert f"Client list - page {number}" in page
        for client in clients[start:start + 24]:
            assert client["full_name"] in page and client["postcode"] in page
            assert documents.key_safe_code(client) in page


def test_client_list_without_codes(clients):
    pages = pdf_pages(documents.client_list_pdf(clients[:30], with_codes=False))
    assert len(pages) == 2 and "Key safe" not in "".join(pages)


def test_documents_are_deterministic(clients, monkeypatch):
    """Same bytes (so the same SHA-256) even when built at different times."""
    first = [documents.client_list_pdf(clients), documents.rota_docx(clients[:5]),
             documents.contacts_xlsx(clients[:5]), documents.referral_pdf(clients[0])]
    later = time.time() + 3 * 86400 + 7
    monkeypatch.setattr(time, "time", lambda: later)
    monkeypatch.setattr(time, "localtime", lambda secs=None: _localtime(later))
    assert first == [documents.client_list_pdf(clients), documents.rota_docx(clients[:5]),
                     documents.contacts_xlsx(clients[:5]), documents.referral_pdf(clients[0])]


def test_referral_letter(clients):
    client = clients[0]
    (page,) = pdf_pages(documents.referral_pdf(client))
    flat = " ".join(page.split())
    for value in (client["full_name"], client["nhs_number"], client["address"],
                  client["postcode"]):
        assert value in flat


def test_encrypted_pdf_needs_its_password():
    data = documents.encrypted_pdf()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    assert pdf_pages(data, documents.DEMO_PDF_PASSWORD) == ["Care plan: confidential"]


def test_rota_docx(clients):
    table = docx.Document(io.BytesIO(documents.rota_docx(clients[:8], with_codes=True))).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Time", "Client", "Address", "Notes"] and len(rows) == 9
    assert rows[1][:3] == ["07:00", clients[0]["full_name"],
                           f"{clients[0]['address']}, {clients[0]['postcode']}"]
    assert rows[2][0] == "07:30" and "Key safe " + documents.key_safe_code(clients[1]) in rows[2][3]


def test_contacts_xlsx(clients):
    sheet = openpyxl.load_workbook(io.BytesIO(documents.contacts_xlsx(clients))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Phone", "Address", "Postcode") and len(rows) == 121
    first = clients[0]
    assert rows[1] == (first["full_name"], first["phone"], first["address"], first["postcode"])
