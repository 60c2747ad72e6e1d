import hashlib

def derive_key(username, password):
    salt = (username.lower() + "::salt").encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100000)
