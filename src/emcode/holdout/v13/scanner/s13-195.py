import hashlib

def derive(username, password):
    salt = username.lower().encode()
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 200000).hex()
