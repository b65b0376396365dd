"""Inspection: text out of bodies and attachments, sensitive fields and directory clients in it.

No Flask and no database here: callers pass bytes, limits and an index built from the directory.
"""
