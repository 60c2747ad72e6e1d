import bcrypt


def password_digest(password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt())


def verify(password, digest):
    return bcrypt.checkpw(password.encode("utf-8"), digest)
