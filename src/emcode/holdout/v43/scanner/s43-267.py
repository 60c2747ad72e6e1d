import getpass
import hashlib
import os


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    return salt.hex() + "$" + dk.hex()


if __name__ == "__main__":
    user = input("supervisor id: ")
    pin = getpass.getpass("new PIN: ")
    print(f"{user}:{hash_pin(pin)}")
