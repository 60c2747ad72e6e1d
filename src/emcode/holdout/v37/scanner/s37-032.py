import bcrypt


def hash_member_password(password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def check_member_password(password, hashed):
    return bcrypt.checkpw(password.encode("utf-8"), hashed)
