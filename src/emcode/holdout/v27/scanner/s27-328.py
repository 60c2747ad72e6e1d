from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


def rc4(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return enc.update(data)
