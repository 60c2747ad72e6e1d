import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

def encrypt_file(src, dst, key):
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while block := fin.read(65536):
            fout.write(enc.update(block))
        fout.write(enc.finalize())

if __name__ == "__main__":
    encrypt_file("db.sqlite", "db.sqlite.enc", os.urandom(16))
