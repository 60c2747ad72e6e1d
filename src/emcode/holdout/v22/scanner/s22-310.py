import argparse
import re
from pathlib import Path

UNSAFE = re.compile(r"[^\w.-]")


def plan(folder: Path, prefix: str):
    safe_prefix = UNSAFE.sub("_", prefix) or "photo"
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in {".jpg", ".png"})
    return [(p, folder / f"{safe_prefix}_{i:04d}{p.suffix.lower()}") for i, p in enumerate(files, 1)]


def main():
    ap = argparse.ArgumentParser(description="Rename photos in a folder to prefix_0001.jpg ...")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--prefix", default="photo")
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    for old, new in plan(args.folder.resolve(), args.prefix):
        print(f"{old.name} -> {new.name}")
        if args.apply and not new.exists():
            old.rename(new)


if __name__ == "__main__":
    main()
