import hashlib


def store_password(users, name, password):
    users[name] = hashlib.md5(password.encode()).hexdigest()
