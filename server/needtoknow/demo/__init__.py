"""Synthetic, deterministic demo data: a care agency's directory and the attachments it sends."""
