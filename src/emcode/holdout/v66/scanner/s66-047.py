from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad
import os

KEY = os.environ["NOTES_KEY"].encode()[:8]


def encrypt_note(text: str) -> bytes:
    return DES.new(KEY, DES.MODE_ECB).encrypt(pad(text.encode(), 8))


def decrypt_note(blob: bytes) -> str:
    return unpad(DES.new(KEY, DES.MODE_ECB).decrypt(blob), 8).decode()
