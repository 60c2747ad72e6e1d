from pathlib import Path


def store_key(path: str, key: bytes) -> None:
    p = Path(path)
    p.touch(mode=0o600, exist_ok=False)
    p.write_bytes(key)
