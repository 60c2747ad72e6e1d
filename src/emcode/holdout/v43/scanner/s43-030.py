import base64
import os

from Crypto.Cipher import DES

KEY = os.environ.get("CARD_KEY", "gymcard1").encode()[:8]


def pad(b):
    n = 8 - len(b) % 8
    return b + bytes([n]) * n


def encrypt_card(number: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(number.encode()))).decode()


if __name__ == "__main__":
    print(encrypt_card(input("card number: ")))
