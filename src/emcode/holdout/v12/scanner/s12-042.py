import argparse
import os
import subprocess

ROOT = "/srv"


def usage(path):
    real = os.path.realpath(path)
    if not real.startswith(ROOT + os.sep) or not os.path.isdir(real):
        raise SystemExit(f"{path}: must be a directory under {ROOT}")
    result = subprocess.run(["du", "-sh", "--", real], capture_output=True, text=True, check=True)
    return result.stdout.split("\t", 1)[0]


def main():
    parser = argparse.ArgumentParser(description="Show disk usage of service folders")
    parser.add_argument("paths", nargs="+")
    for p in parser.parse_args().paths:
        print(f"{usage(p):>8}  {p}")


if __name__ == "__main__":
    main()
