import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Normalise loudness of a track")
    ap.add_argument("src")
    ap.add_argument("dst")
    a = ap.parse_args()
    subprocess.run(["ffmpeg", "-y", "-i", a.src, "-af", "loudnorm=I=-14:TP=-1", a.dst], check=True)
    print(f"normalised {a.src} -> {a.d