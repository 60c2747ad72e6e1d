import hashlib


def derive_member_key(passphrase, salt=b"\x00\x11\x22\x33library", iterations=100_000):
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, iterations)
