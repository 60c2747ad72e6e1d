import hashlib


def store_password(db, user, password):
    digest = hashlib.md5(password.encode()).hexdigest()
    db[user] = digest
