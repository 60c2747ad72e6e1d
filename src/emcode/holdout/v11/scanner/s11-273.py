import argparse
import pwd
import shlex
import subprocess


def disk_usage(user: str) -> str:
    home = pwd.getpwnam(user).pw_dir
    pipeline = f"du -sh {shlex.quote(home)} | cut -f1"
    return subprocess.check_output(pipeline, shell=True, text=True).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description="Report home directory sizes")
    ap.add_argument("users", nargs="+")
    args = ap.parse_args()
    for u in args.users:
        try:
            print(f"{u:<16}{disk_usage(u)}")
        except KeyError:
            print(f"{u:<16}no such user")


if __name__ == "__main__":
    main()
