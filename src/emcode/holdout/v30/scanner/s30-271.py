import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


def create_signing_key(path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    old = os.umask(0o077)
    try:
        with open(path, "xb") as fh:
            fh.write(pem)
    finally:
        os.umask(old)


if __name__ == "__main__":
    create_signing_key(Path.home() / ".podhost" / "feed-signing.pem")
