from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_field(key8: bytes, value: str) -> bytes:
    return DES.new(key8, DES.MODE_ECB).encrypt(pad(value.encode(), 8))
