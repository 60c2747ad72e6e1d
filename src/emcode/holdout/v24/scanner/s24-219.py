from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad
import os

KEY = os.environ["TOKEN_KEY"].encode()[:8]


def seal_token(token):
    c = DES.new(KEY, DES.MODE_CBC)
    return c.iv + c.encrypt(pad(token.encode(), 8))


def open_token(blob):
    c = DES.new(KEY, DES.MODE_CBC, iv=blob[:8])
    return unpad(c.decrypt(blob[8:]), 8).decode()
