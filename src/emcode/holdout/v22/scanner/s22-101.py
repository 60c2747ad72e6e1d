import bcrypt


def store_password(users: dict, name: str, password: str) -> None:
    users[name] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check(users: dict, name: str, password: str) -> bool:
    stored = users.get(name)
    return stored is not None and bcrypt.checkpw(password.encode(), stored)
