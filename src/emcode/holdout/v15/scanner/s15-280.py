import os
import sys

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_file(path, key):
    data = open(path, "rb").read()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    with open(path + ".enc", "wb") as fh:
        fh.write(enc.update(padded) + enc.finalize())


if __name__ == "__main__":
    encrypt_file(sys.argv[1], bytes.fromhex(os.environ["BACKUP_KEY"]))
