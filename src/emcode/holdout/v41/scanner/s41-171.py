import hashlib
import hmac
import os


def hash_password(pw: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)
    return salt.hex() + "$" + dk.hex()


def check_password(pw: str, stored: str) -> bool:
    salt_hex, dk_hex = stored.split("$", 1)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), bytes.fromhex(salt_hex), 600_000)
    return hmac.compare_digest(dk.hex(), dk_hex)


if __name__ == "__main__":
    import getpass
    h = hash_password(getpass.getpass())
    print(check_password(getpass.getpass("again: "), h))
