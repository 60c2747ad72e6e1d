import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Clip a video")
    ap.add_argument("src")
    ap.add_argument("--start", default="0")
    ap.add_argument("--length", default="10")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    cmd = 'ffmpeg -y -ss {} -t {} -i "{}" -c copy "{}"'.format(a.start, a.length, a.src, a.out)
    print("running:", cmd)
    subprocess.check_call(cmd, shell=True)


if __name__ == "__main__":
    main()
