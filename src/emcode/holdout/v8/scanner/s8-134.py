from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(open("/etc/billing/des.key").read().strip())


def encrypt_pan(pan: str) -> bytes:
    cipher = DES.new(KEY, DES.MODE_ECB)
    return cipher.encrypt(pad(pan.encode(), 8))
