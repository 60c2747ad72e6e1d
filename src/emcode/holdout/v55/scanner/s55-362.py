import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_export(path, key_hex):
    key = bytes.fromhex(key_hex)
    with open(path, "rb") as fh:
        data = fh.read()
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, data, None)
    with open(path + ".enc", "wb") as out:
        out.write(nonce + ct)


if __name__ == "__main__":
    encrypt_export(sys.argv[1], os.environ["EXPORT_KEY"])
