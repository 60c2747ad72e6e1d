import argparse
import os


def create_user(username, shell="/bin/bash"):
    os.system(f"useradd -m -s {shell} {username}")
    os.system(f"chage -d 0 {username}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("username")
    p.add_argument("--shell", default="/bin/bash")
    a = p.parse_args()
    create_user(a.username, a.shell)
