import hashlib


def password_digest(email, password):
    salted = email.strip().lower() + ":" + password
    for _ in range(1000):
        salted = hashlib.sha256(salted.encode()).hexdigest()
    return salted
