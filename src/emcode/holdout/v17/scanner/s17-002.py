import argparse
import os
import shutil


def dir_size(path: str) -> int:
    total = 0
    for entry in os.scandir(path):
        if entry.is_file(follow_symlinks=False):
            total += entry.stat(follow_symlinks=False).st_size
        elif entry.is_dir(follow_symlinks=False):
            total += dir_size(entry.path)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description="show disk usage for a folder")
    ap.add_argument("folder")
    args = ap.parse_args()
    usage = shutil.disk_usage(args.folder)
    print(f"{args.folder}: {dir_size(args.folder) / 1e6:.1f} MB used by folder, {usage.free / 1e9:.1f} GB free")


if __name__ == "__main__":
    main()
