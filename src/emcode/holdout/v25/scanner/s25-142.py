import os
from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes


def protect_iban(iban: str) -> bytes:
    key = bytes.fromhex(os.environ["IBAN_KEY"])[:8]
    iv = get_random_bytes(8)
    cipher = DES.new(key, DES.MODE_CBC, iv)
    data = iban.encode().ljust(40, b" ")
    return iv + cipher.encrypt(data)
