import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_file(path, key):
    data = open(path, "rb").read()
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, data, os.path.basename(path).encode())
    with open(path + ".enc", "wb") as fh:
        fh.write(nonce + ct)


if __name__ == "__main__":
    encrypt_file(sys.argv[1], bytes.fromhex(os.environ["BACKUP_KEY"]))
