import base64
import os
import sys

from Crypto.Cipher import ARC4

KEY = os.environ["NOTES_KEY"].encode()

if __name__ == "__main__":
    mode, text = sys.argv[1], sys.argv[2]
    if mode == "enc":
        print(base64.b64encode(ARC4.new(KEY).encrypt(text.encode())).decode())
    else:
        print(ARC4.new(KEY).decrypt(base64.b64decode(text)).decode())
