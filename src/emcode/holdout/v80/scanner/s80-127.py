from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import padding


def seal_note(key: bytes, note: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(note) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
