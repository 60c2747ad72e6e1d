import subprocess
from pathlib import Path

REPOS = {
    "patterns": "https://git.example.org/quilt/patterns.git",
    "fonts": "https://git.example.org/quilt/fonts.git",
}


def refresh(name: str, workdir: Path) -> Path:
    url = REPOS[name]
    dest = workdir / name
    if dest.exists():
        subprocess.run(["git", "-C", str(dest), "pull", "--ff-only"], check=True)
    else:
        subprocess.run(["git", "clone", "--depth", "1", url, str(dest)], check=True)
    return dest
