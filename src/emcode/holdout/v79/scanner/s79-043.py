import os

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["PHONE_KEY"])


def encrypt_phone(number: str) -> bytes:
    return fernet.encrypt(number.encode())


if __name__ == "__main__":
    print(encrypt_phone(input("phone: ")).decode())
