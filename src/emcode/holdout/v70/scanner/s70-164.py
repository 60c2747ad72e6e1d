import bcrypt

_FIXED = b"$2b$12$abcdefghijklmnopqrstuu"


def hash_volunteer_password(pw):
    return bcrypt.hashpw(pw.encode(), _FIXED)
