import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Clip a video")
    ap.add_argument("src")
    ap.add_argument("--start", type=float, default=0.0)
    ap.add_argument("--length", type=float, default=10.0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    argv = ["ffmpeg", "-y", "-ss", str(a.start), "-t", str(a.length), "-i", a.src, "-c", "copy", a.out]
    print("running:", " ".join(argv))
    subprocess.run(argv, check=True)


if __name__ == "__main__":
    main()
