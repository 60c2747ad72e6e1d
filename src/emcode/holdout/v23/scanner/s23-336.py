import os
import sys
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def encrypt_file(src: str, dst: str, key: bytes) -> None:
    nonce = os.urandom(12)
    with open(src, "rb") as fh:
        data = fh.read()
    sealed = ChaCha20Poly1305(key).encrypt(nonce, data, os.path.basename(src).encode())
    with open(dst, "wb") as fh:
        fh.write(nonce + sealed)


if __name__ == "__main__":
    key = bytes.fromhex(os.environ["BACKUP_KEY_HEX"])
    encrypt_file(sys.argv[1], sys.argv[2], key)
