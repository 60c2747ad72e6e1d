import subprocess
import argparse


def convert(path, fmt):
    out = path.rsplit(".", 1)[0] + "." + fmt
    subprocess.run(f"convert {path} {out}", shell=True, check=True)
    return out


def main():
    ap = argparse.ArgumentParser(description="Batch image converter")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--fmt", default="png")
    args = ap.parse_args()
    for f in args.files:
        print("converted", convert(f, args.