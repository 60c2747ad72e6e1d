import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = os.environ["TICKET_KEY"].encode()[:8]


def seal_ticket(payload: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return base64.urlsafe_b64encode(cipher.encrypt(pad(payload.encode(), 8))).decode()


def open_ticket(token: str) -> str:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return unpad(cipher.decrypt(base64.urlsafe_b64decode(token)), 8).decode()
