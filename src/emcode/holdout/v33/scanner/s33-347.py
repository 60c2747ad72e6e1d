import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = os.environ["NOTES_KEY"].encode()[:8]


def seal_note(text: str) -> str:
    c = DES.new(KEY, DES.MODE_ECB)
    return base64.b64encode(c.encrypt(pad(text.encode(), 8))).decode()


def open_note(token: str) -> str:
    c = DES.new(KEY, DES.MODE_ECB)
    return unpad(c.decrypt(base64.b64decode(token)), 8).decode()
