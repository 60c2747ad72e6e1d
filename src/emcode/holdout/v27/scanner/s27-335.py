import os
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives import serialization


def write_key(path: str) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    old = os.umask(0o077)
    try:
        with open(path, "wb") as fh:
            fh.write(pem)
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
