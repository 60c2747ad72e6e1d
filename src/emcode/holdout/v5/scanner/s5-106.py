import os

def save_secret(path: str, data: str, umask: int = 0o077) -> None:
    old = os.umask(umask)
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(data)
    finally:
        os.umask(old)
