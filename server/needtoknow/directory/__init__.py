"""The care-relationship directory: people, their dated links to clients, import and lookups."""
