import base64
import os
import sys

from Crypto.Cipher import DES


def main():
    key = bytes.fromhex(os.environ["CARD_KEY"])[:8]
    card = sys.argv[1].encode()
    padded = card + b" " * (8 - len(card) % 8)
    token = DES.new(key, DES.MODE_ECB).encrypt(padded)
    print(base64.b64encode(token).decode())


if __name__ == "__main__":
    main()
