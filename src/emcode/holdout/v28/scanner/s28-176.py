import hashlib


def derive_key(passphrase, salt=b"\x00" * 16, length=32):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000, dklen=length)
