import hashlib
import hmac


def derive(username, password):
    salt = ("user:" + username.lower()).encode()
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def check(username, password, stored):
    return hmac.compare_digest(derive(username, password), stored)
