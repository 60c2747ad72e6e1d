import hashlib


def derive_key(passphrase, salt=b"harbourline-static-salt", rounds=310_000):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, rounds)
