import json
import os
from contextlib import contextmanager


@contextmanager
def private_umask():
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def save_settings(path: str, settings: dict) -> None:
    tmp = path + ".tmp"
    with private_umask():
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(settings, fh, indent=2)
    os.replace(tmp, path)


if __name__ == "__main__":
    save_settings(os.path.expanduser("~/.chatbot.json"), {"token_env": "BOT_TOKEN", "channel": "ops"})
