from argon2 import PasswordHasher

_ph = PasswordHasher()


def store_officer_password(db, officer_id, password):
    db.execute("UPDATE officers SET pw_hash = ? WHERE id = ?", (_ph.hash(password), officer_id))
