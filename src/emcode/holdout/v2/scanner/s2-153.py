import sys

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_file(path: str, key: bytes) -> None:
    cipher = DES.new(key, DES.MODE_CBC)
    with open(path, "rb") as fh:
        data = pad(fh.read(), DES.block_size)
    with open(path + ".enc", "wb") as out:
        out.write(cipher.iv + cipher.encrypt(data))


if __name__ == "__main__":
    encrypt_file(sys.argv[1], bytes.fromhex(sys.argv[2]))
