import os
import secrets
from pathlib import Path


def write_api_key(path: str, mode: int = 0o600) -> str:
    """Create a new API key for the printer fleet agent and store it readable by the owner only."""
    key = secrets.token_hex(32)
    p = Path(path)
    p.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


if __name__ == "__main__":
    write_api_key(os.path.expanduser("~/.fleet/agent.key"))
