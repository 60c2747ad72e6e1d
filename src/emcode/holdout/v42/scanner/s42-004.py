import argparse
import getpass
import os
from pathlib import Path

TOKEN_FILE = Path.home() / ".config" / "fleetctl" / "token"


def main():
    ap = argparse.ArgumentParser(description="Store your fleet API token")
    ap.parse_args()
    token = getpass.getpass("API token: ").strip()
    TOKEN_FILE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token + "\n")
    print(f"saved to {TOKEN_FILE}")


if __name__ == "__main__":
    main()
