import os
import base64
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["NOTES_KEY"])


def encrypt_note(text: str) -> str:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(text.encode(), 16))).decode()


def decrypt_note(blob: str) -> str:
    cipher = AES.new(KEY, AES.MODE_ECB)
    return unpad(cipher.decrypt(base64.b64decode(blob)), 16).decode()
