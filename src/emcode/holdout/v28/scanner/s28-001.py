from argon2 import PasswordHasher

_ph = PasswordHasher()


def make_staff_record(username, password):
    return {"username": username, "password_hash": _ph.hash(password)}


def verify_staff(record, password):
    try:
        return _ph.verify(record["password_hash"], password)
    except Exception:
        return False
