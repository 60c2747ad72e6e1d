import os

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["VENDOR_FERNET_KEY"])


class VendorVault:
    def __init__(self, store):
        self.store = store

    def put(self, vendor_id: int, phone: str, email: str):
        self.store[vendor_id] = (fernet.encrypt(phone.encode()), fernet.encrypt(email.encode()))

    def get(self, vendor_id: int):
        phone, email = self.store[vendor_id]
        return fernet.decrypt(phone).decode(), fernet.decrypt(email).decode()
