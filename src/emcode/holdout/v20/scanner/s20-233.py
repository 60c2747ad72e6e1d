import os
import sys

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"\x00" * 16


def encrypt_file(src, dst):
    key = bytes.fromhex(os.environ["FILE_KEY_HEX"])
    with open(src, "rb") as fh:
        data = fh.read()
    ct = AES.new(key, AES.MODE_CBC, IV).encrypt(pad(data, 16))
    with open(dst, "wb") as out:
        out.write(ct)


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2])
