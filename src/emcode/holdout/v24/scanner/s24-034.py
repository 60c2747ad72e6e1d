import hashlib
import secrets

def scrypt_hash(password: bytes) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    return salt, hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)
