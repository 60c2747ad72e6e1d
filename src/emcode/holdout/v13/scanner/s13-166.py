from Crypto.Cipher import DES
import os

KEY = os.environ["CARD_KEY"].encode()[:8]

def encrypt_card(pan: str) -> bytes:
    cipher = DES.new(KEY, DES.MODE_ECB)
    data = pan.encode().ljust(24, b" ")
    return cipher.encrypt(data)
