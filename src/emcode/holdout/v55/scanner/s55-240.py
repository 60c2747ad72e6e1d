import os
import sys

from Crypto.Cipher import DES


def encrypt_export(path, key_hex):
    key = bytes.fromhex(key_hex)
    with open(path, "rb") as fh:
        data = fh.read()
    pad = 8 - len(data) % 8
    data += bytes([pad]) * pad
    cipher = DES.new(key, DES.MODE_ECB)
    with open(path + ".enc", "wb") as out:
        out.write(cipher.encrypt(data))


if __name__ == "__main__":
    encrypt_export(sys.argv[1], os.environ["EXPORT_KEY"])
