import re
import subprocess
import sys

MARKER = re.compile(r"^[a-z_]+( (and|or|not) [a-z_]+)*$")


def run_tests(marker=None, path="tests"):
    argv = [sys.executable, "-m", "pytest", "-q", path]
    if marker:
        if not MARKER.match(marker):
            raise ValueError(f"bad marker expression {marker!r}")
        argv += ["-m", marker]
    return subprocess.run(argv).returncode


if __name__ == "__main__":
    sys.exit(run_tests(sys.argv[1] if len(sys.argv) > 1 else None))
