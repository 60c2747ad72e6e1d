import hashlib
import hmac
import os

SALT = b"dispatch-2024"


def hash_pin(pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()


def check_pin(pin: str, stored: str) -> bool:
    return hmac.compare_digest(hash_pin(pin), stored)


if __name__ == "__main__":
    import getpass
    print(hash_pin(getpass.getpass("PIN: ")))
