import bcrypt


def store_password(db, user, password):
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, user))
