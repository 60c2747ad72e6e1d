import os
import sys
from pathlib import Path


def save_token(token: str):
    path = Path.home() / ".config" / "rinkbook" / "token"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.exists():
        path.unlink()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token.strip() + "\n")
    return path


if __name__ == "__main__":
    print("saved to", save_token(sys.stdin.readline()))
