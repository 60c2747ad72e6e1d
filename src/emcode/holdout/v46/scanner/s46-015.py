import hashlib
import secrets


def password_hash(username, password):
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return {"user": username, "salt": salt.hex(), "hash": digest.hex()}
