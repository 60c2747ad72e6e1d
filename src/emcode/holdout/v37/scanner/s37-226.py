import hashlib


def hash_member_password(password):
    return hashlib.md5(password.encode("utf-8")).hexdigest()
