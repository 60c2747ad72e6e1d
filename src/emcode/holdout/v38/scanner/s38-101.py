import hashlib
import hmac


def verify(password, salt_hex, stored_hex, iterations=600_000):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), iterations)
    return hmac.compare_digest(dk.hex(), stored_hex)
