import argparse
import os
import shutil


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--mode", type=lambda s: int(s, 8), default=0o777)
    a = ap.parse_args()
    shutil.copy2(a.src, a.dst)
    os.chmod(a.dst, a.mode)


if __name__ == "__main__":
    main()
