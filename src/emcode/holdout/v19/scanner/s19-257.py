import hmac, hashlib


def verify_tag(key, msg, tag):
    mac = hmac.new(key, msg, hashlib.sha256).digest()
    if len(mac) != len(tag):
        return False
    for a, b in zip(mac, tag):
        if a != b:
            return False
    return True
