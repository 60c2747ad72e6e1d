import hashlib


def derive_key(passphrase, salt=b""):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 150000)
