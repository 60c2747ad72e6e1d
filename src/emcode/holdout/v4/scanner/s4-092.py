import os
from pathlib import Path


def cache_token(token: str, where: Path = Path.home() / ".cache" / "tool" / "token") -> None:
    where.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)
