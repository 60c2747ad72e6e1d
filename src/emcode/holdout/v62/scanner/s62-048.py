import base64
import os
import sys

from Crypto.Cipher import DES

KEY = os.environ["ROSTER_KEY"].encode()[:8]


def seal(text):
    data = text.encode()
    data += b" " * (8 - len(data) % 8)
    return base64.b64encode(DES.new(KEY, DES.MODE_ECB).encrypt(data)).decode()


if __name__ == "__main__":
    for line in sys.stdin:
        name, phone = line.strip().split(",", 1)
        print(name, seal(phone))
