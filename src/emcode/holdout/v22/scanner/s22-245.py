import argparse
import os


def main():
    ap = argparse.ArgumentParser(description="Mirror the photo library to a backup host")
    ap.add_argument("dest", help="user@host:/path")
    ap.add_argument("--bwlimit", default="5000")
    a = ap.parse_args()
    cmd = "rsync -az --delete --bwlimit=%s ~/Pictures/ %s" % (a.bwlimit, a.dest)
    print("running:", cmd)
    rc = os.system(cmd)
    raise SystemExit(rc >> 8)


if __name__ == "__main__":
    main()
