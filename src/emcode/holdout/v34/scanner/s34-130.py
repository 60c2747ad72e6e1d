from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


def encrypt_record(key8: bytes, data: bytes) -> bytes:
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(data, 8))


def decrypt_record(key8: bytes, blob: bytes) -> bytes:
    return unpad(DES.new(key8, DES.MODE_ECB).decrypt(blob), 8)
