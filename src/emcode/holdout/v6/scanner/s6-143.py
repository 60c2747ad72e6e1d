from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def seal(key, block16):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block16) + enc.finalize()
