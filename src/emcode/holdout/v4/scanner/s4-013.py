from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
import os

key = os.environ["TOKEN_KEY"].encode()[:8]


def seal(data):
    iv = get_random_bytes(8)
    c = DES.new(key, DES.MODE_CBC, iv)
    padlen = 8 - len(data) % 8
    return iv + c.encrypt(data + bytes([padlen]) * padlen)
