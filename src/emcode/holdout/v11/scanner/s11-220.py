import hashlib


def password_record(email: str, password: str) -> dict:
    salt = hashlib.sha256(email.encode()).hexdigest()[:16]
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 100_000)
    return {"email": email, "salt": salt, "hash": digest.hex()}
