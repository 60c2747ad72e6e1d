import hashlib


def store_password(db, username, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE volunteers SET pw = ? WHERE username = ?", (digest, username))
