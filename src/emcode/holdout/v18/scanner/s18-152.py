from Crypto.Cipher import DES


def encrypt_card(key8: bytes, pan: str) -> bytes:
    data = pan.encode().ljust(24, b" ")
    return DES.new(key8, DES.MODE_ECB).encrypt(data)
