import bcrypt


def hash_volunteer_password(pw):
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt())


def check_volunteer_password(pw, stored):
    return bcrypt.checkpw(pw.encode(), stored)
