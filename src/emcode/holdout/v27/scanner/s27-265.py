import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


KEY = os.environ["ROSTER_KEY"].encode()[:16]


def encrypt_id(student_id: str) -> bytes:
    return AES.new(KEY, AES.MODE_ECB).encrypt(pad(student_id.encode(), 16))
