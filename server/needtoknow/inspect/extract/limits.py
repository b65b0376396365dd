"""How much work one attachment may cost: sizes, counts, nesting and time."""
from dataclasses import dataclass, fields

# Limits field -> the config key (server/needtoknow/config.py) the caller reads it from.
CONFIG_KEYS = {
    "max_bytes": "MAX_ATTACHMENT_BYTES",
    "max_pages": "MAX_PAGES",
    "max_cells": "MAX_CELLS",
    "max_archive_depth": "MAX_ARCHIVE_DEPTH",
    "max_archive_members": "MAX_ARCHIVE_MEMBERS",
    "max_uncompressed_bytes": "MAX_UNCOMPRESSED_BYTES",
    "max_compression_ratio": "MAX_COMPRESSION_RATIO",
    "max_text_chars": "MAX_TEXT_CHARS",
    "seconds": "EXTRACT_SECONDS",
    "ignore_images_below": "IGNORE_IMAGES_BELOW_BYTES",
}


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024  # one attachment (or archive member), as received
    max_pages: int = 200  # PDF pages read
    max_cells: int = 200_000  # spreadsheet / CSV cells read
    max_archive_depth: int = 3  # nesting of archives and attached emails
    max_archive_members: int = 500  # members over all nested archives of one attachment
    max_uncompressed_bytes: int = 100 * 1024 * 1024  # inflated bytes over all members
    max_compression_ratio: float = 100.0  # uncompressed / compressed size of a large member
    max_text_chars: int = 5_000_000  # text kept per attachment
    seconds: float = 10.0  # wall time per attachment
    # pictures hold no text we can read; below this size they are signature logos and icons, not
    # photographs of a list, and warning on every one would teach staff to click through warnings
    ignore_images_below: int = 100 * 1024

    @classmethod
    def from_config(cls, config):
        """Limits from a config mapping (Flask's app.config); missing keys keep the defaults."""
        values = {}
        for field in fields(cls):
            key = CONFIG_KEYS[field.name]
            if config.get(key) is not None:
                values[field.name] = type(field.default)(config[key])
        return cls(**values)
