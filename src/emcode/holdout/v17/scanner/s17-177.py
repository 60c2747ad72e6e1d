import argparse
import getpass
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def derive(password: bytes, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password)


def encrypt_file(src: str, dst: str, password: bytes) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = derive(password, salt)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(salt + nonce + AESGCM(key).encrypt(nonce, data, None))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    a = ap.parse_args()
    encrypt_file(a.src, a.dst, getpass.getpass().encode())
