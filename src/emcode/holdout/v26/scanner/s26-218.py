import os
from cryptography.fernet import Fernet

fernet = Fernet(os.environ["TENANT_DATA_KEY"].encode())


class BankDetails:
    def __init__(self, iban: str):
        self.token = fernet.encrypt(iban.encode())

    def reveal(self) -> str:
        return fernet.decrypt(self.token, ttl=None).decode()
