import base64
import os
import sys
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def encrypt_file(src: str, dst: str, passphrase: str) -> None:
    salt = os.urandom(16)
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())
    token = Fernet(base64.urlsafe_b64encode(key)).encrypt(open(src, "rb").read())
    with open(dst, "wb") as out:
        out.write(salt + token)


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2], os.environ["ENC_PASSPHRASE"])
