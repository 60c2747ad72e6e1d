import hashlib
import hmac

SALT = b"crowdfund-2023"


def hash_password(pw: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200_000).hex()


def check_password(pw: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(pw), stored)


if __name__ == "__main__":
    import getpass
    h = hash_password(getpass.getpass())
    print(h, check_password(getpass.getpass("again: "), h))
