import sys
import zipfile
from pathlib import Path


def main(archive, dest):
    out = Path(dest)
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        bad = zf.testzip()
        if bad:
            raise SystemExit(f"corrupt member: {bad}")
        zf.extractall(out)
    print("extracted", len(list(out.rglob("*"))), "entries")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
