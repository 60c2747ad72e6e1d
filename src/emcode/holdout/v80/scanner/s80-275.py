import os
import sys

from cryptography.fernet import Fernet

f = Fernet(os.environ["NOTES_KEY"].encode())

if __name__ == "__main__":
    mode, text = sys.argv[1], sys.argv[2]
    if mode == "enc":
        print(f.encrypt(text.encode()).decode())
    else:
        print(f.decrypt(text.encode(), ttl=86400 * 365).decode())
