from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_rx_block(key: bytes, block16: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block16) + enc.finalize()
