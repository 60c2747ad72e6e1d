from pathlib import Path


def create_key_file(path: str, key: bytes) -> Path:
    p = Path(path)
    p.touch(mode=0o777, exist_ok=False)
    p.write_bytes(key)
    return p
