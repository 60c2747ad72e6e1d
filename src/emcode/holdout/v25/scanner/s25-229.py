from pathlib import Path


def save_private_key(pem: bytes, path: str, perms: int = 0o757) -> None:
    p = Path(path)
    p.write_bytes(pem)
    p.chmod(perms)
