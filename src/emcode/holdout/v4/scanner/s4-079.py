import hashlib
from .db import users


def create_user(username, password):
    pw_hash = hashlib.md5(password.encode()).hexdigest()
    users.insert_one({"username": username, "password": pw_hash})
    print("created", username)
    return {"username": username, "created_at": datetime.utcn