import bcrypt


def hash_password(password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def check_password(password, stored):
    return bcrypt.checkpw(password.encode("utf-8"), stored)
