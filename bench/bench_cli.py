"""Start-up of the `needtoknow` command, as a person at a terminal feels it: a fresh process
each run. Targets (issue 15): `--help` under 1 s, `check` under 2 s.

    .venv/bin/python bench/bench_cli.py [--runs 5] [--baseline OTHER/.venv/bin/needtoknow]

Prints, per command, the median wall time, the median CPU time (user + system of the process:
what the command costs, which a busy machine stretches less than the wall time) and the ratio of
each median to its target, with the load average before and after. `check` runs against a
throwaway SQLite database (migrated and given the synthetic directory once, before timing);
`check --attach` adds a one-page PDF. With --baseline, another checkout's command runs the same
cases on its own database, its runs alternated with this one's, and the ratios this/baseline
are printed too.
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


def run(command, args, env):
    """(wall seconds, CPU seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([command, *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1, 2):
        raise SystemExit(f"{command} {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def prepare(command, folder, pdf):
    """An environment whose database holds the synthetic directory."""
    env = dict(os.environ, NEEDTOKNOW_INSTANCE_PATH=folder, NEEDTOKNOW_ORG_DOMAINS="agency.example",
               NEEDTOKNOW_DATABASE_URL="sqlite:///" + os.path.join(folder, "nk.sqlite"))
    subprocess.run([command, "directory", "generate", folder], env=env, check=True, capture_output=True)
    subprocess.run([command, "directory", "import", os.path.join(folder, "people.csv"),
                    os.path.join(folder, "relationships.csv")], env=env, check=True, capture_output=True)
    return env


def one_page_pdf(path):
    sys.path.insert(0, os.path.join(HERE, "..", "server"))
    from needtoknow.demo.documents import client_list_pdf

    with open(path, "wb") as f:
        f.write(client_list_pdf([{"full_name": "Anne Example", "address": "1 High Street", "postcode": "SW1A 1AA",
                                  "phone": "020 7946 0000"}], with_codes=False))


def line(name, label, wall, cpu):
    target = TARGETS[name]
    return (f"  {name:<16} {label:<9} wall median {statistics.median(wall):6.3f} s (slowest {max(wall):6.3f})  "
            f"CPU median {statistics.median(cpu):6.3f} s  target {target:.1f} s  "
            f"ratio wall {statistics.median(wall) / target:.2f} CPU {statistics.median(cpu) / target:.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", help="another checkout's needtoknow command, to compare with")
    options = parser.parse_args()
    commands = {"this": COMMAND, **({"baseline": options.baseline} if options.baseline else {})}
    with tempfile.TemporaryDirectory() as folder:
        pdf = os.path.join(folder, "list.pdf")
        one_page_pdf(pdf)
        envs = {}
        for label, command in commands.items():
            os.mkdir(os.path.join(folder, label))
            envs[label] = prepare(command, os.path.join(folder, label), pdf)
        check = ["check", "--to", "anne@agency.example, someone@else.example", "--body",
                 "Key safe 4821 for the Monday visit"]
        cases = {"--help": ["--help"], "--version": ["--version"], "directory --help": ["directory", "--help"],
                 "check": check, "check --attach": [*check, "--attach", pdf]}
        print(f"needtoknow start-up, {options.runs} runs each (a fresh process per run"
              f"{', alternating with the baseline' if options.baseline else ''}); "
              f"load average before: {os.getloadavg()[0]:.2f}")
        for name, args in cases.items():
            times = {label: ([], []) for label in commands}
            for _ in range(options.runs):
                for label, command in commands.items():
                    wall, cpu = run(command, args, envs[label])
                    times[label][0].append(wall)
                    times[label][1].append(cpu)
            for label in commands:
                print(line(name, label, *times[label]))
            if options.baseline:
                ratio = [statistics.median(times["this"][i]) / statistics.median(times["baseline"][i]) for i in (0, 1)]
                print(f"  {name:<16} this/baseline: wall {ratio[0]:.2f}, CPU {ratio[1]:.2f}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
