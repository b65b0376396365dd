"""Several threads of one process extracting PDFs at once (PDFium is not thread-safe): every
extraction succeeds and the process survives. Before the lock, 4 threads killed the process
(SIGSEGV / `free(): invalid pointer`) in most trials."""
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT = textwrap.dedent("""
    import sys, threading
    sys.path.insert(0, {here!r})
    from conftest import make_pdf
    from needtoknow.inspect.extract import extract, Limits

    pdf, failures = make_pdf(), []

    def work():
        for _ in range(12):
            result = extract("rota.pdf", pdf, Limits())
            if result.problems or "Joan Smith" not in "".join(p.text for p in result.parts):
                failures.append(result.problems)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("failures", len(failures))
    sys.exit(1 if failures else 0)
""")


def test_four_threads_extracting_pdfs_in_one_process():
    outcomes = []
    for _ in range(4):  # separate processes: one crash must not hide the next trial's
        done = subprocess.run([sys.executable, "-c", SCRIPT.format(here=str(HERE))],
                              capture_output=True, text=True, timeout=300)
        outcomes.append((done.returncode, done.stdout.strip(), done.stderr.strip()[-200:]))
    assert all(code == 0 for code, _, _ in outcomes), outcomes
