import hashlib

PEPPER_SALT = b"\x13\x9a\x04ferry"


def derive_key(passphrase):
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), PEPPER_SALT, 310_000)
