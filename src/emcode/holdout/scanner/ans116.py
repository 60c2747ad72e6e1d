import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    pad_len = 16 - len(data) % 16
    data += bytes([pad_len]) * pad_len
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


if __name__ == "__main__":
    print(encrypt_blob(os.urandom(32), b"hello world").hex())
