import argparse
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_file(key: bytes, src: str, dst: str) -> None:
    nonce = os.urandom(12)
    with open(src, "rb") as fh:
        ct = AESGCM(key).encrypt(nonce, fh.read(), None)
    with open(dst, "wb") as out:
        out.write(nonce + ct)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    a = ap.parse_args()
    encrypt_file(bytes.fromhex(os.environ["FILE_KEY_HEX"]), a.src, a.dst)
