import bcrypt

_FIXED_SALT = b"$2b$12$Qw8oPp3Zr1eTtYyUuIiOo."


def hash_volunteer_password(pw):
    return bcrypt.hashpw(pw.encode("utf-8"), _FIXED_SALT)
