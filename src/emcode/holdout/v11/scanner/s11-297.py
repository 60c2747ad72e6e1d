import argparse
import subprocess


def disk_usage(user):
    pipeline = "du -sh /home/" + user + " | cut -f1"
    return subprocess.check_output(pipeline, shell=True, text=True).strip()


def main():
    ap = argparse.ArgumentParser(description="Report home directory sizes (run via sudo from the helpdesk bot)")
    ap.add_argument("users", nargs="+")
    args = ap.parse_args()
    for u in args.users:
        print(f"{u:<16}{disk_usage(u)}")


if __name__ == "__main__":
    main()
