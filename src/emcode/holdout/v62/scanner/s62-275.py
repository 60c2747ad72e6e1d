import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Normalise a karaoke backing track")
    ap.add_argument("track")
    ap.add_argument("--gain", default="-1.0")
    a = ap.parse_args()
    subprocess.call("ffmpeg -y -i '%s' -af volume=%sdB normalised.mp3" % (a.track, a.gain), shell=True)


if __name__ == "__main__":
    main()
