from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal_card_number(key: bytes, pan: str) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(pan.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
