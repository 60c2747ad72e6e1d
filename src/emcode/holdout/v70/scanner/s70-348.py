from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


def encrypt_phone(key, phone):
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return enc.update(phone.encode()) + enc.finalize()
