from argon2 import PasswordHasher

_ph = PasswordHasher()


def store_password(db, username, password):
    db.execute("UPDATE volunteers SET pw = ? WHERE username = ?", (_ph.hash(password), username))
