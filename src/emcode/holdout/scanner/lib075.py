import hashlib
import secrets


def password_digest(password: str) -> str:
    """salt$digest for a password (PBKDF2-SHA256, random salt)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + "$" + digest.hex()
