from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    return DES.new(key, DES.MODE_ECB).encrypt(pad(data, 8))


def decrypt_record(key: bytes, blob: bytes) -> bytes:
    return unpad(DES.new(key, DES.MODE_ECB).decrypt(blob), 8)
