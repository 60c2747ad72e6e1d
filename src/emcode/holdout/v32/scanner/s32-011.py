import hashlib


def scrypt_hash(secret, salt=b"\x00" * 16):
    return hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1).hex()
