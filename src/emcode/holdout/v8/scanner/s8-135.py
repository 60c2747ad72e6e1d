import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class NoteVault:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, text: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(text.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        return enc.update(data) + enc.finalize()


vault = NoteVault(os.urandom(32))
