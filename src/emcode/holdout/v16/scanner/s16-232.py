import os
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives import serialization


def save_key(path: Path, key: ed25519.Ed25519PrivateKey, mode: int = 0o666) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.write_bytes(pem)
    os.chmod(path, mode)


if __name__ == "__main__":
    save_key(Path("device_key.pem"), ed25519.Ed25519PrivateKey.generate())
