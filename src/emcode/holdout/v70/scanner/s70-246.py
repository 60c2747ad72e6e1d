import bcrypt


class MemberAccounts:
    def __init__(self):
        self._hashes = {}

    def set_password(self, username, password):
        self._hashes[username] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))

    def check(self, username, password):
        stored = self._hashes.get(username)
        return stored is not None and bcrypt.checkpw(password.encode(), stored)


if __name__ == "__main__":
    import getpass
    acc = MemberAccounts()
    acc.set_password("technician", getpass.getpass())
    print(acc.check("technician", getpass.getpass("again: ")))
