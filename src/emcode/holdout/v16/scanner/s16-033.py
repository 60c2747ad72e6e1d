from pathlib import Path
import json


CACHE = Path.home() / ".cache" / "deploy-tool" / "token.json"


def store_token(token: str, expires: int) -> None:
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.touch(exist_ok=True)
    CACHE.chmod(0o666)
    CACHE.write_text(json.dumps({"token": token, "expires": expires}))


def load_token():
    if CACHE.exists():
        return json.loads(CACHE.read_text())
    return None
