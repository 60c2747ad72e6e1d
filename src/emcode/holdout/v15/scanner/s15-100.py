import hashlib


def store_password(db, user, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db[user] = digest
