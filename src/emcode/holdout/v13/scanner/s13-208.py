from hashlib import sha256

def store_password(db: dict, user: str, password: str) -> None:
    db[user] = sha256(password.encode()).hexdigest()
