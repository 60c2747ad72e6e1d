from Crypto.Cipher import ARC4


def encrypt_contact(key: bytes, text: str) -> bytes:
    return ARC4.new(key).encrypt(text.encode())
