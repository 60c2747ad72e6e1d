import hashlib


def api_signature(secret, payload):
    return hashlib.sha1((secret + payload).encode()).hexdigest()
