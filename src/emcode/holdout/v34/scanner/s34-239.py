import argparse
import os
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Create folders for a new esports event")
    ap.add_argument("root", type=Path)
    ap.add_argument("slug")
    a = ap.parse_args()
    if not a.slug.replace("-", "").isalnum():
        ap.error("slug must be letters, digits and dashes")
    event = a.root / a.slug
    for sub in ("brackets", "vods", "press"):
        (event / sub).mkdir(parents=True, exist_ok=True, mode=0o750)
    readme = event / "README.txt"
    fd = os.open(readme, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "w") as fh:
        fh.write(f"Event {a.slug}\n")
    print("created", event)


if __name__ == "__main__":
    main()
