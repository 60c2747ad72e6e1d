from pathlib import Path


def save_private_key(pem: bytes, path: str, perms: int = 0o400) -> None:
    p = Path(path)
    p.touch(mode=0o600, exist_ok=False)
    p.write_bytes(pem)
    p.chmod(perms)
