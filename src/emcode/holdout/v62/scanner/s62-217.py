import argparse
import tarfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Unpack a lighthouse log bundle")
    ap.add_argument("bundle")
    ap.add_argument("--dest", default="unpacked")
    a = ap.parse_args()
    dest = Path(a.dest)
    dest.mkdir(exist_ok=True)
    with tarfile.open(a.bundle, "r:*") as tar:
        tar.extractall(dest, filter="data")
    print("extracted to", dest.resolve())


if __name__ == "__main__":
    main()
