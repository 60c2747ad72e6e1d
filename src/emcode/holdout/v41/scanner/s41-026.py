import os
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


def main(path):
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    old = os.umask(0o077)
    try:
        with open(path, "xb") as fh:
            fh.write(pem)
    finally:
        os.umask(old)
    os.chmod(path, 0o600)
    print("device key written to", path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "device_key.pem")
