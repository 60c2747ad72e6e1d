import bcrypt


def password_hash(username, password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode("ascii")


def password_ok(password, stored):
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
