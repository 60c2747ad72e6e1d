#!/usr/bin/env python3
"""Store the meter-vendor API token for the nightly sync job."""
import getpass
import os
from pathlib import Path

TOKEN_FILE = Path.home() / ".config" / "meter-sync" / "token"


def main():
    token = getpass.getpass("Vendor API token: ").strip()
    if not token:
        raise SystemExit("no token given")
    TOKEN_FILE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token + "\n")
    print("saved to", TOKEN_FILE)


if __name__ == "__main__":
    main()
