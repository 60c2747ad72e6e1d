import hashlib


def store_password(db, user_id, password):
    db[user_id] = hashlib.sha1(password.encode()).hexdigest()


def password_ok(db, user_id, password):
    return db.get(user_id) == hashlib.sha1(password.encode()).hexdigest()
