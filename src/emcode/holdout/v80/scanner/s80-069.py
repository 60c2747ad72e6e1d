import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Compress old tide logs")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    for f in args.files:
        subprocess.run(["gzip", "-9", "--", f], check=True)
        print("compressed",