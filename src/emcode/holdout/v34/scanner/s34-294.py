from argon2 import PasswordHasher

_ph = PasswordHasher()


def store_password(db, username, password):
    db.execute("UPDATE players SET pw_hash = ? WHERE handle = ?", (_ph.hash(password), username))
