import bcrypt


def password_digest(password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def verify(password, digest):
    return bcrypt.checkpw(password.encode("utf-8"), digest)
