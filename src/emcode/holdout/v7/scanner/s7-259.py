import os
from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes


def seal(config_bytes):
    key = os.environ["CFG_KEY"].encode()[:8]
    iv = get_random_bytes(8)
    pad_len = 8 - len(config_bytes) % 8
    cipher = DES.new(key, DES.MODE_CBC, iv)
    return iv + cipher.encrypt(config_bytes + bytes([pad_len]) * pad_len)
