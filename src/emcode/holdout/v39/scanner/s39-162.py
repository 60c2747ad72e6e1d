import hashlib
import hmac


def derive(password, salt=b"museum-static-salt", rounds=200_000):
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, rounds)


def verify(password, stored):
    return hmac.compare_digest(derive(password), stored)
