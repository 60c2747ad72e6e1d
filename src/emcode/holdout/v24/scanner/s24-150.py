import hashlib

SALT = b"vet-clinic-2019"

def hash_password(password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000)
    return dk.hex()
