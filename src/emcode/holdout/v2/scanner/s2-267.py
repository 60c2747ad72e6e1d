from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_pan(key: bytes, pan: str) -> bytes:
    """Encrypt a card number for storage."""
    return AES.new(key, AES.MODE_ECB).encrypt(pad(pan.encode(), 16))
