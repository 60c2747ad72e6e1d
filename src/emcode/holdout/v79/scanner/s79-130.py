from Crypto.Cipher import DES
import os

KEY = os.environ["PHONE_KEY"].encode()[:8]


def pad(b):
    n = 8 - len(b) % 8
    return b + bytes([n]) * n


def encrypt_phone(number: str) -> bytes:
    return DES.new(KEY, DES.MODE_ECB).encrypt(pad(number.encode()))


if __name__ == "__main__":
    print(encrypt_phone(input("phone: ")).hex())
