#!/usr/bin/env python3
import subprocess
import sys

REPO = "/srv/newsletter-app"
SERVICE = "newsletter-web.service"


def run(*cmd):
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=True)


def main():
    run("git", "-C", REPO, "fetch", "--prune")
    run("git", "-C", REPO, "checkout", "--force", "origin/main")
    run(f"{REPO}/.venv/bin/pip", "install", "-r", f"{REPO}/requirements.txt")
    run("sudo", "systemctl", "restart", SERVICE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
