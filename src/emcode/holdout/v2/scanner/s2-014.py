import getpass
import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def seal(path: str) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(getpass.getpass("passphrase: ").encode())
    with open(path, "rb") as fh:
        sealed = ChaCha20Poly1305(key).encrypt(nonce, fh.read(), None)
    with open(path + ".sealed", "wb") as out:
        out.write(salt + nonce + sealed)


if __name__ == "__main__":
    seal(sys.argv[1])
