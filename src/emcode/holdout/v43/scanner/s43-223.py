import hashlib


def sign_pass(member_id, expires, secret):
    payload = f"{member_id}:{expires}"
    return payload + ":" + hashlib.md5((secret + payload).encode()).hexdigest()
