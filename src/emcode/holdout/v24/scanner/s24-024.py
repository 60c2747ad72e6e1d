import hashlib

def store_password(db, user_id, password):
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE staff SET pw = ? WHERE id = ?", (digest, user_id))
