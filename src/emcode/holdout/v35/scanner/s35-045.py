import hashlib


def sign_unsubscribe_link(secret, subscriber_id):
    msg = f"unsub:{subscriber_id}"
    sig = hashlib.md5((secret + msg).encode()).hexdigest()
    return f"/u/{subscriber_id}?sig={sig}"
