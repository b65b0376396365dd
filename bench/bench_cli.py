"""Start-up of the `needtoknow` command, as a person at a terminal feels it: a fresh process
each run. Targets (issue 15): `--help` under 1 s, `check` under 2 s.

    .venv/bin/python bench/bench_cli.py [--runs 5]

Prints, per command, the median wall time, the median CPU time (user + system of the process:
what the command costs, which a busy machine stretches less than the wall time) and the ratio of
each median to its target, with the load average before and after. `check` runs against a
throwaway SQLite database (migrated and given the synthetic directory once, before timing);
`check --attach` adds a one-page PDF, read in-process.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COMMAND = os.path.join(os.path.dirname(sys.executable), "needtoknow")
TARGETS = {"--help": 1.0, "--version": 1.0, "directory --help": 1.0, "check": 2.0, "check --attach": 2.0}


def timed(args, env, runs):
    """(wall seconds, CPU seconds) of each run."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([COMMAND, *args], env=env, capture_output=True, text=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1, 2):
            raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return wall, cpu


def one_page_pdf(path):
    sys.path.insert(0, os.path.join(HERE, "..", "server"))
    from needtoknow.demo.documents import client_list_pdf

    with open(path, "wb") as f:
        f.write(client_list_pdf([{"full_name": "Anne Example", "address": "1 High Street", "postcode": "SW1A 1AA",
                                  "phone": "020 7946 0000"}], with_codes=False))


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
        pdf = os.path.join(folder, "list.pdf")
        one_page_pdf(pdf)
        check = ["check", "--to", "anne@agency.example, someone@else.example", "--body",
                 "Key safe 4821 for the Monday visit"]
        cases = {"--help": ["--help"], "--version": ["--version"], "directory --help": ["directory", "--help"],
                 "check": check, "check --attach": [*check, "--attach", pdf]}
        print(f"needtoknow start-up, {runs} runs each (a fresh process per run); "
              f"load average before: {os.getloadavg()[0]:.2f}")
        for name, args in cases.items():
            wall, cpu = timed(args, env, runs)
            print(f"  {name:<16} wall median {statistics.median(wall):6.3f} s (slowest {max(wall):6.3f})  "
                  f"CPU median {statistics.median(cpu):6.3f} s  target {TARGETS[name]:.1f} s  "
                  f"ratio wall {statistics.median(wall) / TARGETS[name]:.2f} CPU "
                  f"{statistics.median(cpu) / TARGETS[name]:.2f}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
