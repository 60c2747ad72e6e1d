import hashlib


class StaffAccount:
    def __init__(self, login, password):
        self.login = login
        self.pw = hashlib.sha1(password.encode("utf-8")).hexdigest()

    def check(self, password):
        return hashlib.sha1(password.encode("utf-8")).hexdigest() == self.pw
