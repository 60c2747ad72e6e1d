import json
import os

CACHE = os.path.expanduser("~/.ci-bot/token.json")


def cache_token(token: str) -> None:
    os.makedirs(os.path.dirname(CACHE), mode=0o700, exist_ok=True)
    fd = os.open(CACHE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)


def load_token():
    try:
        with open(CACHE) as fh:
            return json.load(fh)["token"]
    except (OSError, KeyError, ValueError):
        return None
