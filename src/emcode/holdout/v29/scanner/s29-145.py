from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


def seal_config(key, data):
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return enc.update(data) + enc.finalize()
