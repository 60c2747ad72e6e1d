from Crypto.Cipher import DES

KEY = b"8bytekey"

def encrypt_card(number: str) -> bytes:
    cipher = DES.new(KEY, DES.MODE_ECB)
    padded = number.encode().ljust(16, b" ")
    return cipher.encrypt(padded)
