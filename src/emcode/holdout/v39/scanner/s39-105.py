import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(path: str, key: bytes) -> None:
    aes = AESGCM(key)
    nonce = os.urandom(12)
    with open(path, "rb") as fh:
        data = fh.read()
    with open(path + ".enc", "wb") as fh:
        fh.write(nonce + aes.encrypt(nonce, data, None))


if __name__ == "__main__":
    seal(sys.argv[1], bytes.fromhex(os.environ["TRACK_KEY"]))
