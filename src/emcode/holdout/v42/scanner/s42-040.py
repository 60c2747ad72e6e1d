import hashlib


def store_officer_password(db, officer_id, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE officers SET pw_hash = ? WHERE id = ?", (digest, officer_id))
