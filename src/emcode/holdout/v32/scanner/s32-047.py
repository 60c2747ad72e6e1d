import hashlib
import secrets


def scrypt_hash(secret):
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt, digest
