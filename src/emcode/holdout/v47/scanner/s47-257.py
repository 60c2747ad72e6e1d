from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


def encrypt_phone(key8: bytes, phone: str) -> bytes:
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(phone.encode(), 8))


def decrypt_phone(key8: bytes, blob: bytes) -> str:
    return unpad(DES.new(key8, DES.MODE_ECB).decrypt(blob), 8).decode()
