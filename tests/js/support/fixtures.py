"""Demo people and documents for the JavaScript tests, as JSON on stdout.

The same directory `needtoknow serve --demo` loads (40 clients, seed 7), so the handler tests can
address its people and attach documents about its clients."""
import base64
import json
import sys

from needtoknow.demo import documents
from needtoknow.demo.generate import make_directory


def main():
    directory = make_directory(40, 7)
    people = {p["id"]: p for p in directory.people}
    clients = directory.clients
    open_links = [r for r in directory.relationships if not r["valid_to"]]
    relative_link = next(r for r in open_links if people[r["person_id"]]["kind"] == "relative")
    own = people[relative_link["client_id"]]
    linked = {r["client_id"] for r in open_links if r["person_id"] == relative_link["person_id"]}
    other = next(c for c in clients if c["id"] not in linked)
    b64 = lambda data: base64.b64encode(data).decode()
    json.dump({
        "office": directory.of_kind("office_staff")[0]["email"],
        "carer": next(p["email"] for p in directory.of_kind("care_worker") if p["email"].endswith("@agency.example")),
        "relative": people[relative_link["person_id"]]["email"],
        "own_client": {k: own[k] for k in ("full_name", "phone", "postcode")},
        "other_client": {k: other[k] for k in ("full_name", "phone", "postcode", "address", "nhs_number")},
        "files": {
            "client-list.pdf": b64(documents.client_list_pdf(clients)),
            "referral.pdf": b64(documents.referral_pdf(other)),
            "rota.docx": b64(documents.rota_docx(clients[:3])),
            "contacts.xlsx": b64(documents.contacts_xlsx([other])),
        },
    }, sys.stdout)


if __name__ == "__main__":
    main()
