from pathlib import Path
import json

CACHE = Path.home() / ".cache" / "deploy-tool" / "token.json"


def store_token(token: str, expires: int) -> None:
    CACHE.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    CACHE.touch(mode=0o600, exist_ok=True)
    CACHE.chmod(0o600)
    CACHE.write_text(json.dumps({"token": token, "expires": expires}))


def load_token():
    if CACHE.exists():
        return json.loads(CACHE.read_text())
    return None
