import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--fmt", default="webp")
    a = ap.parse_args()
    for img in Path(a.folder).glob("*.jpg"):
        subprocess.run(f"cwebp {img} -o {img.with_suffix('.' + a.fmt)}", shell=True, check=True)


if __name__ == "__main__":
    main()
