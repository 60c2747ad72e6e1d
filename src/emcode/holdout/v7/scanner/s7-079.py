import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def encrypt_card(pan: str) -> bytes:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return cipher.encrypt(pad(pan.encode(), 16))


def decrypt_card(blob: bytes) -> str:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return unpad(cipher.decrypt(blob), 16).decode()
