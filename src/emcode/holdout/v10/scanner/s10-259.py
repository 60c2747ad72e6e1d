import json
import os

CACHE = os.path.expanduser("~/.billing/token.json")


def save_token(token: str, expires: int) -> None:
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    fd = os.open(CACHE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token, "expires": expires}, fh)
