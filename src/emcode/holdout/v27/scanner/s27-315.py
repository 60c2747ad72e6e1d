from Crypto.Cipher import DES


def encrypt_record(key8: bytes, data: bytes) -> bytes:
    pad = 8 - len(data) % 8
    return DES.new(key8, DES.MODE_ECB).encrypt(data + bytes([pad]) * pad)
