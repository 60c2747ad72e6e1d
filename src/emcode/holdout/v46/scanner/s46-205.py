import base64
import getpass
import hashlib
import os

ITERATIONS = 600_000


def encode(pw: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, ITERATIONS)
    return "pbkdf2_sha256${}${}${}".format(ITERATIONS, base64.b64encode(salt).decode(), base64.b64encode(dk).decode())


if __name__ == "__main__":
    first = getpass.getpass("Passphrase: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("passphrases differ")
    print(encode(first))
