from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
import os


def encrypt_backup(src, dst, key: bytes):
    cipher = DES.new(key[:8], DES.MODE_ECB)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(cipher.encrypt(pad(data, 8)))


if __name__ == "__main__":
    encrypt_backup("db.sqlite", "db.sqlite.enc", os.environ["BACKUP_KEY"].encode())
