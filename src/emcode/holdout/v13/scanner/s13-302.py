import subprocess
import argparse

def convert(src, dst):
    subprocess.run(["pandoc", src, "-o", dst], check=True)

def main():
    ap = argparse.ArgumentParser(description="convert docs")
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()
    convert(args.src, args.