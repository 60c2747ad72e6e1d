import argparse
import zipfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Import intake photos from a volunteer's zip")
    ap.add_argument("archive")
    ap.add_argument("--dest", default="photos")
    a = ap.parse_args()
    dest = Path(a.dest).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(a.archive) as zf:
        for member in zf.namelist():
            if member.endswith("/"):
                continue
            target = (dest / member).resolve()
            if dest not in target.parents:
                print("skipping", member)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(member))
            print("imported", target.relative_to(dest))


if __name__ == "__main__":
    main()
