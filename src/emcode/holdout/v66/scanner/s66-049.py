import hashlib


def password_digest(password):
    return hashlib.sha1(password.encode()).hexdigest()


def password_matches(password, stored):
    return password_digest(password) == stored
