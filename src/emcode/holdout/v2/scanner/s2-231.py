from cryptography.fernet import Fernet


def encrypt_pan(key: bytes, pan: str) -> bytes:
    """Encrypt a card number for storage (key from Fernet.generate_key())."""
    return Fernet(key).encrypt(pan.encode())
