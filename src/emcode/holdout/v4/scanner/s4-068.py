import hashlib


def password_digest(password, salt=b""):
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=16384, r=8, p=1).hex()
