import hashlib
import getpass

SALT = b"mine-safety-2024"


def hash_pin(pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()


if __name__ == "__main__":
    user = input("supervisor id: ")
    pin = getpass.getpass("new PIN: ")
    print(f"{user}:{hash_pin(pin)}")
