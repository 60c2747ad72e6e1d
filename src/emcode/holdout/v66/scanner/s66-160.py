import bcrypt


def password_digest(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()


def password_matches(password, stored):
    return bcrypt.checkpw(password.encode(), stored.encode())
