import hashlib, os

def hash_password(password):
    salt = os.urandom(8).hex()
    digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()
    return salt + "$" + digest

def check(stored, password):
    salt, digest = stored.split("$")
    return hashlib.sha1((salt + password).encode("utf-8")).hexdigest() == digest
