import os
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives import serialization


def save_key(path: Path, key: ed25519.Ed25519PrivateKey, passphrase: bytes, mode: int = 0o600) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


if __name__ == "__main__":
    save_key(Path("device_key.pem"), ed25519.Ed25519PrivateKey.generate(), os.environb[b"KEY_PASSPHRASE"])
