from Crypto.Cipher import DES
import os
import sys

KEY = os.environ["CARD_KEY"].encode()[:8]


def encrypt_card(number):
    cipher = DES.new(KEY, DES.MODE_ECB)
    padded = number.encode().ljust(16, b" ")
    return cipher.encrypt(padded).hex()


if __name__ == "__main__":
    print(encrypt_card(sys.argv[1]))
