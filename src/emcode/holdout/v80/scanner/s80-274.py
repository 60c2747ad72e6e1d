import hashlib


def pin_matches(pin, stored_hex):
    import hmac
    return hmac.compare_digest(hashlib.sha256(pin.encode()).hexdigest(), stored_hex)
