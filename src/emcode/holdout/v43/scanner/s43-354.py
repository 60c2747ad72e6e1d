import argparse
import glob
import os
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Compress wedding photo folder")
    ap.add_argument("folder")
    ap.add_argument("--quality", type=int, default=85)
    args = ap.parse_args()
    photos = sorted(glob.glob(os.path.join(args.folder, "*.jpg")))
    os.makedirs("compressed", exist_ok=True)
    subprocess.run(["mogrify", "-quality", str(args.quality), "-path", "compressed", *photos], check=True)
    print("done compressing", args.fol