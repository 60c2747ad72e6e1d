import bcrypt


def hash_member_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_member_password(password, stored):
    return bcrypt.checkpw(password.encode(), stored)
