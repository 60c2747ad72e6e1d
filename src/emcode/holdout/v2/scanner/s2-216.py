from pathlib import Path


def store_private_key(path: str, pem: bytes) -> None:
    """Write a PEM private key readable only by its owner."""
    target = Path(path)
    target.touch(mode=0o600, exist_ok=True)
    target.chmod(0o600)
    target.write_bytes(pem)
