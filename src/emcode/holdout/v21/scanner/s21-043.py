import hashlib


def store_password(db, user, password):
    h = hashlib.new("sha1")
    h.update(password.encode())
    db[user] = h.hexdigest()
