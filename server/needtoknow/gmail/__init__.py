"""The Gmail add-on (HTTP runtime): Google calls our endpoints with a compose window's recipients,
we answer with cards. No Flask here: `api/gmail.py` is the HTTP edge.

tokens      who is calling (Google-signed ID tokens, certificates cached)
event       the event object Google posts
groups      Google Groups expanded through the Admin SDK
drafts      the open draft found and read through the Gmail API (mime: its parts)
compose     event → CheckInput, with what could and couldn't be checked
cards       the decision and error cards (widgets: card JSON pieces; draft_update: fixes)
deployment  the deployment file and `needtoknow manifest gmail`
"""
