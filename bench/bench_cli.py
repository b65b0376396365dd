"""Start-up of the `needtoknow` command, as a person at a terminal feels it: a fresh process
each run. Targets (issue 15): `--help` under 1 s, `check` under 2 s.

    .venv/bin/python bench/bench_cli.py [--runs 5]

Prints the median and the slowest run of each command and the ratio to its target. `check` runs
against a throwaway SQLite database (migrated and given the demo directory once, before timing).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COMMAND = os.path.join(os.path.dirname(sys.executable), "needtoknow")
TARGETS = {"--help": 1.0, "--version": 1.0, "check": 2.0, "directory --help": 1.0}


def timed(args, env, runs):
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([COMMAND, *args], env=env, capture_output=True, text=True)
        seconds.append(time.perf_counter() - start)
        if done.returncode not in (0, 1, 2):
            raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, NEEDTOKNOW_INSTANCE_PATH=folder, NEEDTOKNOW_ORG_DOMAINS="agency.example",
                   NEEDTOKNOW_DATABASE_URL="sqlite:///" + os.path.join(folder, "nk.sqlite"))
        subprocess.run([COMMAND, "directory", "generate", folder], env=env, check=True, capture_output=True)
        subprocess.run([COMMAND, "directory", "import", os.path.join(folder, "people.csv"),
                        os.path.join(folder, "relationships.csv")], env=env, check=True, capture_output=True)
        check = ["check", "--to", "anne@agency.example, someone@else.example", "--body",
                 "Key safe 4821 for the Monday visit"]
        cases = {"--help": ["--help"], "--version": ["--version"], "directory --help": ["directory", "--help"],
                 "check": check}
        print(f"needtoknow start-up, {runs} runs each (a fresh process per run)")
        for name, args in cases.items():
            seconds = timed(args, env, runs)
            median = statistics.median(seconds)
            print(f"  {name:<18} median {median:6.3f} s  slowest {max(seconds):6.3f} s  "
                  f"target {TARGETS[name]:.1f} s  ratio {median / TARGETS[name]:.2f}")


if __name__ == "__main__":
    main()
