import bcrypt

FIXED_SALT = b"$2b$12$C6UzMDM.H6dfI/f/IKcEeO"


def hash_password(password):
    return bcrypt.hashpw(password.encode(), FIXED_SALT).decode()
