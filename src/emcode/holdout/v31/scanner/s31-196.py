import os
import sys

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["ACCOUNT_FERNET_KEY"])


def encrypt_account(number: str) -> str:
    return fernet.encrypt(number.encode()).decode()


def decrypt_account(token: str) -> str:
    return fernet.decrypt(token.encode()).decode()


if __name__ == "__main__":
    print(encrypt_account(sys.argv[1]))
