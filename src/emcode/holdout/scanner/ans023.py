from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

KEY = b"8bytekey"


def encrypt_card(number: str) -> bytes:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return cipher.encrypt(pad(number.encode(), DES.block_size))
