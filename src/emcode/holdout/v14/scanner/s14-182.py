import json
import os


def dump_credentials(path: str, creds: dict, mode: int = 0o600) -> None:
    data = json.dumps(creds).encode()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
