from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_subject_id(key8: bytes, subject_id: str) -> bytes:
    cipher = DES.new(key8, DES.MODE_ECB)
    return cipher.encrypt(pad(subject_id.encode(), DES.block_size))
