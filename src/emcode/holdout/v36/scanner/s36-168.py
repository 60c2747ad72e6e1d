import hashlib


def hash_patient_password(email, password):
    salt = email.strip().lower().encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()
