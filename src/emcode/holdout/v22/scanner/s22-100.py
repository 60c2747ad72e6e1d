from Crypto.Cipher import DES


def encrypt_card(number: str, key: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)
    data = number.encode().ljust(24, b" ")
    return cipher.encrypt(data)
