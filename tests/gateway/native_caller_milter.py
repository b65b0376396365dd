"""`needtoknow milter …` whose every check also does what C extensions do from inside Python code:
open an SQLite connection with a Python function registered and close it. Closing runs SQLite's
destructor for the function, which takes the interpreter lock with PyGILState_Ensure (as Cython's
`with gil`, ctypes callbacks and numpy do). That call trusts the thread's own record of its Python
thread state, so it crashes the process when a check runs on a thread whose record is another
connection's thread state (libmilter's worker threads under pymilter). Run as a script:
`python native_caller_milter.py milter --socket …`."""
import sqlite3
import sys


def _touch_native_code():
    connection = sqlite3.connect(":memory:")
    connection.create_function("same", 1, lambda value: value)
    connection.execute("select same(1)").fetchone()
    connection.close()


def main():
    from needtoknow.cli import main as cli
    from needtoknow.gateway.service import Gateway

    judge = Gateway.judge

    def judge_after_native_code(self, envelope, raw):
        _touch_native_code()
        return judge(self, envelope, raw)

    Gateway.judge = judge_after_native_code
    sys.argv[0] = "needtoknow"
    return cli()


if __name__ == "__main__":
    sys.exit(main())
