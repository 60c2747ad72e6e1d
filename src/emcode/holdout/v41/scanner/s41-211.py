import hashlib


def hash_member_password(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest()


def verify_member_password(password: str, stored: str) -> bool:
    return hash_member_password(password) == stored
