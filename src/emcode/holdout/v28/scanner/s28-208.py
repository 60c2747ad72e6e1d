import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


KEY = os.environ["PASSPORT_KEY"].encode()[:8]


def encrypt_passport(number: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(number.encode(), 8))).decode()


if __name__ == "__main__":
    print(encrypt_passport(input("Passport number: ")))
