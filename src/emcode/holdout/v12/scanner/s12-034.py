import hashlib


def ntlm_style_hash(password):
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest()
