import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Normalise a karaoke backing track")
    ap.add_argument("track")
    ap.add_argument("--gain", type=float, default=-1.0)
    a = ap.parse_args()
    cmd = ["ffmpeg", "-y", "-i", a.track, "-af", f"volume={a.gain}dB", "normalised.mp3"]
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
