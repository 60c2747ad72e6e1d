import hashlib
import hmac
import sys

SALT = b"payroll-2019"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex()


def verify(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)


if __name__ == "__main__":
    print(hash_password(sys.argv[1]))
