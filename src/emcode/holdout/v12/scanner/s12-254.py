import argparse
import getpass
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def derive(password: bytes, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** 15, r=8, p=1).derive(password)


def encrypt_file(src, dst, password):
    salt, nonce = os.urandom(16), os.urandom(12)
    key = derive(password, salt)
    with open(src, "rb") as fh:
        ct = AESGCM(key).encrypt(nonce, fh.read(), None)
    with open(dst, "wb") as fh:
        fh.write(salt + nonce + ct)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()
    encrypt_file(args.src, args.dst, getpass.getpass("passphrase: ").encode())


if __name__ == "__main__":
    main()
