import hashlib


def store_password(db, username, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE players SET pw_hash = ? WHERE handle = ?", (digest, username))
