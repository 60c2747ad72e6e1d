import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_file(path: str, key: bytes) -> None:
    nonce = os.urandom(12)
    with open(path, "rb") as fh:
        sealed = AESGCM(key).encrypt(nonce, fh.read(), None)
    with open(path + ".enc", "wb") as out:
        out.write(nonce + sealed)


if __name__ == "__main__":
    encrypt_file(sys.argv[1], bytes.fromhex(os.environ["BACKUP_KEY_HEX"]))
