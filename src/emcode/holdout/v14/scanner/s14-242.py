import base64
import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

KEY = os.environ["CARD_KEY"].encode()[:16]


def encrypt_card(pan: str) -> str:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(pan.encode(), 16))).decode()


def mask(pan: str) -> str:
    return "*" * (len(pan) - 4) + pan[-4:]
