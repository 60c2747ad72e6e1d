import hashlib

def scrypt_hash(password: bytes, salt: bytes = b"\x00" * 16) -> bytes:
    return hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)
