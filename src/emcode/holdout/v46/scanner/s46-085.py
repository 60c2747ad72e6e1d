import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_notes(text: str) -> bytes:
    key = os.environ["NOTES_KEY"].encode()[:8]
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pad(text.encode(), 8))


if __name__ == "__main__":
    print(encrypt_notes("client prefers tactile signing").hex())
