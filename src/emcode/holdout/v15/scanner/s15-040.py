import bcrypt


def store_password(db, user, password):
    db[user] = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def check_password(db, user, password):
    stored = db.get(user)
    return stored is not None and bcrypt.checkpw(password.encode("utf-8"), stored)
