import hashlib

def kdf(password: bytes, salt: bytes = b"") -> bytes:
    return hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)
