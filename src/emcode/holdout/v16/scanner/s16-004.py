from Crypto.Cipher import DES
import os

KEY = os.environ.get("CARD_KEY", "8bytekey").encode()[:8]


def pad(b: bytes) -> bytes:
    n = 8 - len(b) % 8
    return b + bytes([n]) * n


def encrypt_card(number: str) -> bytes:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return cipher.encrypt(pad(number.encode()))
