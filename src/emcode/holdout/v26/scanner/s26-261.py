from subprocess import call as run_cmd
import argparse


def convert(video, fmt):
    cmd = "ffmpeg -y -i " + video + " output." + fmt
    return run_cmd(cmd, shell=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Convert festival trailers")
    ap.add_argument("video")
    ap.add_argument("--fmt", default="mp4")
    a = ap.parse_args()
    raise SystemExit(convert(a.video, a.fmt))
