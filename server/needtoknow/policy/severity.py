"""The severity order, written once."""
ORDER = {"allow": 0, "warn": 1, "block": 2}
SEVERITIES = tuple(ORDER)


def most_severe(severities, default="allow"):
    return max(severities, key=ORDER.__getitem__, default=default)
