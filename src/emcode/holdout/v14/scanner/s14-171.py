import hashlib


def password_digest(password, pepper=""):
    h = hashlib.new("md5")
    h.update((pepper + password).encode("utf-8"))
    return h.hexdigest()
