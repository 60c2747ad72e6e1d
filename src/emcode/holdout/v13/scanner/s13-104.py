import os
from cryptography.fernet import Fernet

def encrypt_file(src: str, dst: str) -> None:
    f = Fernet(os.environ["BACKUP_KEY"].encode())
    with open(src, "rb") as fh:
        token = f.encrypt(fh.read())
    with open(dst, "wb") as out:
        out.write(token)
