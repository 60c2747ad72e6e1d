import hashlib


def pin_digest(member_id, pin):
    return hashlib.sha1(f"{member_id}:{pin}".encode()).hexdigest()
