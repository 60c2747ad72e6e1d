import bcrypt


def hash_volunteer_password(pw):
    return bcrypt.hashpw(pw.encode("utf-8"), bcrypt.gensalt(rounds=12))


def verify_volunteer_password(pw, hashed):
    return bcrypt.checkpw(pw.encode("utf-8"), hashed)
