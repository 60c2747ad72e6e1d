import json
import os
from pathlib import Path


def write_credentials(token: str, home: str | None = None) -> Path:
    base = Path(home or Path.home()) / ".deployctl"
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = base / "credentials.json"
    if target.exists():
        target.unlink()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)
    return target


if __name__ == "__main__":
    print(write_credentials(os.environ["DEPLOY_TOKEN"]))
