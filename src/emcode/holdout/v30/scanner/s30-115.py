import getpass
import os
from pathlib import Path

TOKEN_FILE = Path.home() / ".config" / "fleetctl" / "token"


def save_token(token: str) -> None:
    TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)


if __name__ == "__main__":
    save_token(getpass.getpass("Fleet API token: "))
    print(f"saved to {TOKEN_FILE}")
