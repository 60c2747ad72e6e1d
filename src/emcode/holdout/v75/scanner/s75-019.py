import os
import secrets
import sys


def create_signing_key(path):
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    print(f"wrote {len(key)}-byte key to {path}")


if __name__ == "__main__":
    create_signing_key(sys.argv[1] if len(sys.argv) > 1 else "/etc/regionbus/ticket.key")
