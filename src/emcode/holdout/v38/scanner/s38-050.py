import hashlib
import secrets


def new_salt():
    return secrets.token_bytes(16)


def derive_key(password, salt):
    if len(salt) < 16:
        raise ValueError("salt too short")
    return hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
