import hashlib
import hmac
import os


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    return salt.hex() + "$" + dk.hex()


def check_pin(pin: str, stored: str) -> bool:
    salt_hex, _, _ = stored.partition("$")
    return hmac.compare_digest(hash_pin(pin, bytes.fromhex(salt_hex)), stored)


if __name__ == "__main__":
    import getpass
    print(hash_pin(getpass.getpass("PIN: ")))
