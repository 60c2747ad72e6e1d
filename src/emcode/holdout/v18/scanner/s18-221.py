import shlex
import subprocess
from pathlib import Path

LINTERS = {
    "python": "ruff check --quiet",
    "yaml": "yamllint -s",
}


def lint_file(kind: str, path: str) -> int:
    template = LINTERS.get(kind)
    if template is None:
        raise ValueError(f"no linter for {kind}")
    target = Path(path).resolve()
    if not target.is_file():
        raise FileNotFoundError(path)
    argv = shlex.split(template) + ["--", str(target)]
    return subprocess.run(argv, timeout=120).returncode
