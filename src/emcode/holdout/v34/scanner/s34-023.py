import getpass
import json
import os
from pathlib import Path

CONFIG = Path.home() / ".config" / "permit-cli" / "credentials.json"


def main():
    user = input("portal user: ")
    token = getpass.getpass("portal token: ")
    CONFIG.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(CONFIG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"user": user, "token": token}, fh)
    print("saved credentials for", user)


if __name__ == "__main__":
    main()
