from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_note(key: bytes, note: str) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(note.encode(), 16))
