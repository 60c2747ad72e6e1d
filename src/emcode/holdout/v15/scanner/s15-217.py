import argparse
import tarfile
from pathlib import Path

THEMES = Path("/var/lib/blog/themes")


def install(archive: Path, name: str) -> Path:
    if not name.isidentifier():
        raise SystemExit("theme name must be an identifier")
    dest = THEMES / name
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    return dest


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("name")
    a = ap.parse_args()
    print("installed into", install(a.archive, a.name))
