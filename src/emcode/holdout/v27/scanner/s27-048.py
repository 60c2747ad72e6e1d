import hashlib


def store_password(db, user, password):
    db[user] = hashlib.md5(password.encode()).hexdigest()
