import base64
import os
import sys

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

KEY = os.environ["NOTES_KEY"].encode()[:8]


def encrypt_note(text):
    cipher = DES.new(KEY, DES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(text.encode(), 8))).decode()


if __name__ == "__main__":
    print(encrypt_note(sys.stdin.read()))
