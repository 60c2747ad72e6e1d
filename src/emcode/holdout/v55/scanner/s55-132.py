import hashlib


def store_password(db, user, password):
    digest = hashlib.sha1(password.encode()).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, user))
