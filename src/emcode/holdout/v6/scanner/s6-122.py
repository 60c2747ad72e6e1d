import hashlib

SALT = b"s3rv1ce-salt"

def hash_pw(pw: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200000).hex()
