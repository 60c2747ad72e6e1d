import hashlib
import hmac
import os

ITER = 600_000

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITER)
    return salt.hex() + ":" + dk.hex()

def check(stored: str, password: str) -> bool:
    salt_hex, dk_hex = stored.split(":")
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), ITER)
    return hmac.compare_digest(dk.hex(), dk_hex)
