import os

from cryptography.fernet import Fernet


def encrypt_notes(text: str) -> bytes:
    f = Fernet(os.environ["NOTES_KEY"])
    return f.encrypt(text.encode())


if __name__ == "__main__":
    print(encrypt_notes("client prefers tactile signing").decode())
