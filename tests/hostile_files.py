"""Hostile attachments and requests, generated here (never stored), for the hostile-resource tests
and bench/bench_load.py. Each is small on the wire and expensive to read.

Every generator takes a `scale` (1.0: the shape the issue measured) so tests can keep run time
sensible while still driving a reader past the limits.
"""
import base64
import io
import zipfile


def encoded_word_subject_eml(words=4_000):
    """An EML whose Subject holds thousands of RFC 2047 encoded words: 0.75 MB that Python's
    header parser turns into ~1.6 GB (60,000 words: 11.6 MB and 22 GB)."""
    word = "=?utf-8?b?" + base64.b64encode(("Gwen D'Souza visit " * 7).encode()).decode() + "?="
    folded = "\r\n ".join([word] * words)
    return (f"From: a@elsewhere.example\r\nTo: b@elsewhere.example\r\nSubject: {folded}\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n").encode()


def many_addresses_eml(addresses=200_000):
    """An EML with a To header of 200,000 addresses."""
    to = ",\r\n ".join(f"p{i}@elsewhere.example" for i in range(addresses))
    return (f"From: a@elsewhere.example\r\nTo: {to}\r\nSubject: hi\r\n\r\nhello\r\n").encode()


def many_parts_eml(parts=100_000):
    """A multipart EML of 100,000 tiny parts."""
    boundary = "b0undary"
    body = "".join(f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nx{i}\r\n" for i in range(parts))
    return (f"From: a@elsewhere.example\r\nTo: b@elsewhere.example\r\nSubject: parts\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n"
            f"{body}--{boundary}--\r\n").encode()


def near_ratio_zip(members=6, member_bytes=1024 * 1024, ratio=95):
    """A zip of members that inflate to ~1 MiB each at a ratio just under the 100:1 floor, full of
    short digit runs and words (text that keeps every recognizer busy)."""
    import random

    rnd = random.Random(5)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for m in range(members):
            words = [f"{rnd.randint(1000, 9999)} key " for _ in range(64)]
            block = "".join(words)
            text = (block * (member_bytes // len(block) + 1))[:member_bytes]
            z.writestr(f"notes{m}.txt", text)
    return buf.getvalue()


def _office_zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
              'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
              'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
              '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
             '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
             'formats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"'
             '/></Relationships>')


def _under_ratio(unit, stamp, total_bytes, every=48):
    """`unit` repeated to ~total_bytes, with a random `stamp` (a format string of one hex number)
    every `every` units so the whole compresses just under 100:1, as a bomb built to pass the
    ratio check would."""
    import random

    rnd = random.Random(9)
    group = unit * every
    count = total_bytes // (len(group) + 16)
    return "".join(group + stamp.format(rnd.getrandbits(32)) for _ in range(count))


def empty_paragraphs_docx(inflated_mib=95):
    """A DOCX whose document.xml inflates to ~`inflated_mib` MiB of empty paragraphs."""
    body = _under_ratio("<w:p/>", '<w:p w:rsidR="{:08X}"/>', inflated_mib * 1024 * 1024)
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body +
                "</w:body></w:document>")
    return _office_zip({"[Content_Types].xml": DOCX_TYPES, "_rels/.rels": DOCX_RELS,
                        "word/document.xml": document})


def tiny_cells_xlsx(inflated_mib=95):
    """An XLSX whose sheet inflates to ~`inflated_mib` MiB of empty cells."""
    rows = _under_ratio('<row><c t="n"/></row>', '<row r="{}"/>', inflated_mib * 1024 * 1024, every=30)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
             'org/spreadsheetml/2006/main"><sheetData>' + rows + "</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org"
    return _office_zip({
        "[Content_Types].xml": (
            f'<?xml version="1.0"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension'
            f'="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            f'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
            f'formats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0"?><Relationships xmlns="{ns}/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/'
                        f'officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0"?><workbook xmlns="{ns}/spreadsheetml/2006/main" '
                            f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name='
                            f'"S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship'
            f' Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/'
            f'sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
    })


def attachment(name, data):
    return {"name": name, "content_type": "application/octet-stream",
            "content_base64": base64.b64encode(data).decode()}


def hostile_requests(sender="office@agency.example", to="someone@elsewhere.example"):
    """(label, request body) for each hostile shape: what a sender's bad day could post."""
    def mail(**extra):
        return {"sender": sender, "to": [to], "subject": "files", "body": "see attached", **extra}

    return [
        ("encoded-word header flood", mail(attachments=[attachment("a.eml", encoded_word_subject_eml())])),
        ("zip just under the ratio floor", mail(attachments=[attachment("notes.zip", near_ratio_zip())])),
        ("docx of empty paragraphs", mail(attachments=[attachment("a.docx", empty_paragraphs_docx())])),
        ("xlsx of empty cells", mail(attachments=[attachment("a.xlsx", tiny_cells_xlsx())])),
        ("200k-address header", mail(attachments=[attachment("b.eml", many_addresses_eml())])),
        ("100k MIME parts", mail(attachments=[attachment("c.eml", many_parts_eml())])),
        ("multi-megabyte subject", mail(subject="Gwen 4821 " * 400_000)),
    ]


def five_page_pdf(reference=0):
    """Not hostile: the 5-page client list (120 rows) the load tests send, unique per `reference`
    so the findings cache never answers for it."""
    from needtoknow.demo.documents import client_list_pdf

    first = ["Joan", "Albert", "Mary", "Peter", "Edith", "Harold", "Doris", "Frank", "Irene", "Walter"]
    clients = [{"full_name": f"{first[i % 10]} Client{reference}x{i}", "address": f"{i} Mill Road",
                "postcode": f"DA{1 + i % 13} {1 + i % 9}AB", "phone": f"01474 {356000 + i}",
                "id": f"c{reference}-{i}"} for i in range(120)]
    return client_list_pdf(clients)
