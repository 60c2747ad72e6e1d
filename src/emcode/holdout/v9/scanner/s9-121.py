import hashlib
import sys
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_file(src, dst, passphrase):
    key = hashlib.sha1(passphrase.encode()).digest()[:16]
    cipher = AES.new(key, AES.MODE_ECB)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(cipher.encrypt(pad(data, 16)))


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2], sys.argv[3])
