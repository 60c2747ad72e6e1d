import base64
import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = base64.b64decode(os.environ["NOTES_KEY_B64"])


def encrypt_note(text):
    cipher = AES.new(KEY, AES.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(text.encode(), 16))).decode()


def decrypt_note(blob):
    cipher = AES.new(KEY, AES.MODE_ECB)
    return unpad(cipher.decrypt(base64.b64decode(blob)), 16).decode()
