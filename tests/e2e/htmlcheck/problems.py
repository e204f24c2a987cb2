"""What every check shares: Problems collects what a check found wrong and
prints it, one line each (exit status 1 if anything, else 0); usage() stops
a command whose arguments are wrong, and html_check.py turns that into its
usage text on stderr and exit status 2.
"""


class UsageError(Exception):
    """Bad command-line arguments: html_check.py prints its usage, exits 2."""


def usage():
    raise UsageError()



class Problems:
    def __init__(self, what):
        self.what = what
        self.items = []

    def add(self, msg):
        self.items.append(msg)

    def check(self, cond, msg):
        if not cond:
            self.add(msg)
        return cond

    def report(self):
        for m in self.items[:60]:
            print(f"  {self.what}: {m}")
        if len(self.items) > 60:
            print(f"  {self.what}: ... and {len(self.items) - 60} more")
        return 1 if self.items else 0
