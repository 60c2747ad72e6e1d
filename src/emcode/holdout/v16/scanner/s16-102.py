import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent


def run_tests(selection: str) -> int:
    target = (REPO / selection).resolve()
    if not target.is_relative_to(REPO) or not target.exists():
        print(f"no such test path: {selection}", file=sys.stderr)
        return 2
    return subprocess.run([sys.executable, "-m", "pytest", "-q", str(target)], cwd=REPO).returncode


if __name__ == "__main__":
    sys.exit(run_tests(sys.argv[1] if len(sys.argv) > 1 else "tests"))
