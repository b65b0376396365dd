"""Detection quality, measured: recall, precision and false-positive rate of access codes per class
and format on a generated labelled corpus (a TRAIN part the rules were tuned on and a HELD-OUT
part they never were, a FRESH part and the BLIND to BLIND-42 parts, each written in a later round
before any rule changed and never tuned on, each reported apart; each case in a format drawn at
random, seeded), evasions and hidden places, directory-name cases (shared house names, common
names, named clients with health details), and the false-positive rate per recognizer on ordinary
English text shipped by a PyPI package. Every case goes through the real check (extraction, scan,
recipients, policy) in process; nothing is downloaded. docs/detection.md says which blind parts
are still unseen.

    .venv/bin/python bench/bench_detection.py [--scale 1.0] [--seed 10] [--parts train,held-out]

--parts runs only the named access-code parts (train, held-out, fresh, blind, blind2 .. blind42)
and skips the evasion, directory and ordinary-text sections: for checking that a change alters no
finding without running a blind part early.
"""
import argparse
import os
import random
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(__file__))

import detection_corpus as corpus  # noqa: E402
import detection_directory as names  # noqa: E402
import detection_formats as formats  # noqa: E402
from needtoknow.check import Attachment, CheckInput, run_check  # noqa: E402
from needtoknow.directory.recipients import Addressee  # noqa: E402


def check(world, body, attachments=(), to="gp@surgery.example", subject="Notes"):
    inp = CheckInput(sender="office@agency.example", addressees=(Addressee(to),), subject=subject,
                     body=body, attachments=tuple(Attachment(n, d) for n, d in attachments))
    return run_check(inp, snapshot=world, cache=names.NoCache(), limits=names.LIMITS)


def codes_found(world, body, attachments=()):
    return check(world, body, attachments).counts.get("access_code", 0)


class Tally:
    def __init__(self):
        self.rows = defaultdict(Counter)

    def add(self, key, expected, found):
        row = self.rows[key]
        row["cases"] += 1
        if expected:
            row["positives"] += 1
            row["tp"] += found >= expected
            row["fn"] += found < expected
        else:
            row["negatives"] += 1
            row["fp"] += found > 0

    def show(self, title):
        print(f"\n{title}")
        print(f"  {'class':<34} {'cases':>6} {'recall':>8} {'precision':>10} {'FP rate':>8}")
        total = Counter()
        for key in sorted(self.rows):
            self._line(key, self.rows[key])
            total.update(self.rows[key])
        self._line("ALL", total)
        return total

    @staticmethod
    def _line(key, row):
        recall = row["tp"] / row["positives"] if row["positives"] else None
        claimed = row["tp"] + row["fp"]
        precision = row["tp"] / claimed if claimed else None
        fp_rate = row["fp"] / row["negatives"] if row["negatives"] else None
        fmt = lambda v: "    -   " if v is None else f"{v * 100:7.2f}%"  # noqa: E731
        print(f"  {key:<34} {row['cases']:>6} {fmt(recall):>8} {fmt(precision):>10} {fmt(fp_rate):>8}")


def run_codes(world, part, scale, seed):
    tally = Tally()
    n_pos, n_trap = int(400 * scale), int(400 * scale)
    cases = [("positive", c, e) for c, e in corpus.positives(part, n_pos, seed)]
    cases += [("trap", c, e) for c, e in corpus.traps(part, n_trap, seed + 1)]
    if part == "train":
        cases += [("several per cell", c, e) for c, e in corpus.several(int(40 * scale), seed + 2)]
    # Formats drawn apart from the templates: taken in turn, a part whose template count is a
    # multiple of 8 would put each template in one format only.
    pick = random.Random(seed + 3)
    for kind, case, expected in cases:
        table = case if isinstance(case, list) else None
        fmt = formats.format_for(pick.choice(formats.FORMATS), None if table else case, table)
        body, attachments = formats.make(fmt, text=None if table else case, table=table)
        found = codes_found(world, body, attachments)
        tally.add(f"{kind} / {fmt}", expected, found)
        if os.environ.get("BENCH_DETECTION_SHOW") == part and (found > 0) != (expected > 0):
            print("  miss" if expected else "  false", fmt, repr(case)[:110])
    return tally.show(f"Access codes, {part.upper()} part ({len(cases)} cases)")


def run_evasion(world, scale, seed):
    tally = Tally()
    for case, expected in corpus.evasions(int(200 * scale), seed):
        tally.add("evasion / body", expected, codes_found(world, case))
    rng_code = "4821"
    for place in formats.HIDDEN_PLACES:
        for label in ("Key safe code", "keysafe", "Door code"):
            body, attachments = formats.hidden(place, f"{label} {rng_code}")
            tally.add(f"hidden / {place}", 1, codes_found(world, body, attachments))
    return tally.show("Evasion and hidden places")


# part -> (label printed, seed offset)
PARTS = {"train": ("TRAIN", 0), "held-out": ("HELD-OUT", 100), "fresh": ("FRESH", 200),
         "blind": ("BLIND", 300), "blind2": ("BLIND-2", 400), "blind3": ("BLIND-3", 500),
         "blind4": ("BLIND-4", 600), "blind5": ("BLIND-5", 700), "blind6": ("BLIND-6", 800),
         "blind7": ("BLIND-7", 900), "blind8": ("BLIND-8", 1000),
         "blind9": ("BLIND-9", 1100), "blind10": ("BLIND-10", 1200),
         "blind11": ("BLIND-11", 1300), "blind12": ("BLIND-12", 1400),
         "blind13": ("BLIND-13", 1500), "blind14": ("BLIND-14", 1600),
         "blind15": ("BLIND-15", 1700),
         "blind16": ("BLIND-16", 1800),
         "blind17": ("BLIND-17", 1900),
         "blind18": ("BLIND-18", 2000),
         "blind19": ("BLIND-19", 2100),
         "blind20": ("BLIND-20", 2200),
         "blind21": ("BLIND-21", 2300),
         "blind22": ("BLIND-22", 2400),
         "blind23": ("BLIND-23", 2500),
         "blind24": ("BLIND-24", 2600),
         "blind25": ("BLIND-25", 2700),
         "blind26": ("BLIND-26", 2800),
         "blind27": ("BLIND-27", 2900),
         "blind28": ("BLIND-28", 3000),
         "blind29": ("BLIND-29", 3100),
         "blind30": ("BLIND-30", 3200),
         "blind31": ("BLIND-31", 3300),
         "blind32": ("BLIND-32", 3400),
         "blind33": ("BLIND-33", 3500),
         "blind34": ("BLIND-34", 3600),
         "blind35": ("BLIND-35", 3700),
         "blind36": ("BLIND-36", 3800),
         "blind37": ("BLIND-37", 3900),
         "blind38": ("BLIND-38", 4000),
         "blind39": ("BLIND-39", 4100),
         "blind40": ("BLIND-40", 4200),
         "blind41": ("BLIND-41", 4300),
         "blind42": ("BLIND-42", 4400)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--parts", default=",".join(PARTS))
    args = parser.parse_args()
    world = names.world(args.seed)
    wanted = args.parts.split(",")
    totals = [(label, run_codes(world, part, args.scale, args.seed + offset))
              for part, (label, offset) in PARTS.items() if part in wanted]
    if set(wanted) >= set(PARTS):
        totals.append(("EVASION", run_evasion(world, args.scale, args.seed)))
        names.run_directory_cases(world, check, args.scale, args.seed)
        names.run_ordinary_text(world)
    print("\nAccess codes overall (positives and traps, all formats):")
    for label, total in totals:
        recall = total["tp"] / max(1, total["positives"])
        precision = total["tp"] / max(1, total["tp"] + total["fp"])
        print(f"  {label:<9} recall {recall * 100:6.2f}%   precision {precision * 100:6.2f}%")


if __name__ == "__main__":
    main()
