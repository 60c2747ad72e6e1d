from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt(key8: bytes, plaintext: bytes) -> bytes:
    cipher = DES.new(key8, DES.MODE_ECB)
    return cipher.encrypt(pad(plaintext, 8))
