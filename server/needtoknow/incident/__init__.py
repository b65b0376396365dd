"""Incident reports: whose data reached whom (from the audit's exposure rows), as CSV and as a
PDF laid out for the ICO's personal data breach report; and one client's subject-access view."""
