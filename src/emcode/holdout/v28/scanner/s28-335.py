import hashlib


def make_staff_record(username, password):
    return {"username": username, "password_md5": hashlib.md5(password.encode()).hexdigest()}
