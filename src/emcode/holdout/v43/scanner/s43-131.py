import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Archive a translation project folder")
    ap.add_argument("project")
    ap.add_argument("--dest", default="/srv/archive")
    args = ap.parse_args()
    subprocess.run(f"tar czf {args.dest}/{args.project}.tar.gz {args.project}", shell=True, check=True)
    print("archived", args.project)
    # also notify the project manager
    subprocess.run(["notify-send", "Archive done", args.pro