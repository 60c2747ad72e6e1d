import argparse
import zipfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Unpack a term timetable bundle")
    ap.add_argument("bundle")
    ap.add_argument("--dest", default="imports")
    a = ap.parse_args()
    dest = Path(a.dest)
    dest.mkdir(exist_ok=True)
    with zipfile.ZipFile(a.bundle) as zf:
        bad = zf.testzip()
        if bad:
            raise SystemExit(f"corrupt member: {bad}")
        zf.extractall(dest)
    print("unpacked", len(list(dest.rglob("*"))), "files")


if __name__ == "__main__":
    main()
