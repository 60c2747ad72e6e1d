#!/usr/bin/env python3
import argparse
import os


def main():
    p = argparse.ArgumentParser(description="Back up a seed bank inventory folder")
    p.add_argument("folder")
    p.add_argument("--dest", default="/backups")
    a = p.parse_args()
    archive = os.path.basename(a.folder.rstrip("/")) + ".tar.gz"
    os.system(f"tar czf {a.dest}/{archive} {a.folder}")
    print("wrote", archive)


if __name__ == "__main__":
    main()
