import json
import os
from getpass import getpass
from pathlib import Path


def save_carrier_credentials(api_key: str, account: str) -> Path:
    target = Path.home() / ".freightctl" / "credentials.json"
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"account": account, "api_key": api_key}, fh)
    return target


if __name__ == "__main__":
    key = getpass("Carrier API key: ").strip()
    acct = input("Account number: ").strip()
    print("Saved to", save_carrier_credentials(key, acct))
