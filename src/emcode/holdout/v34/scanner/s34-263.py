import argparse
import re
import tarfile
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(description="Pack a family archive folder")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--name", default="archive")
    args = parser.parse_args()
    if not re.fullmatch(r"[\w-]+", args.name):
        parser.error("--name may contain letters, digits, _ and - only")
    target = Path("/backups") / f"{args.name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(args.folder, arcname=args.folder.name)
    print("wrote", target)


if __name__ == "__main__":
    main()
