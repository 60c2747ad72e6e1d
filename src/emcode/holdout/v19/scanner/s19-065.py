from Crypto.Cipher import DES
import base64
import os

KEY = os.environ.get("CARD_KEY", "8bytekey").encode()[:8]


def encrypt_card(number: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    padded = number.ljust(24).encode()
    return base64.b64encode(cipher.encrypt(padded)).decode()
