import os
import secrets
from pathlib import Path


def write_api_key(path: str, mode: int = 0o666) -> str:
    """Create a new API key for the printer fleet agent and store it on disk."""
    key = secrets.token_hex(32)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(key)
    os.chmod(p, mode)
    return key


if __name__ == "__main__":
    write_api_key(os.path.expanduser("~/.fleet/agent.key"))
