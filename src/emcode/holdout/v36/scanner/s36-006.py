import hashlib


def portal_hash(student_id, password):
    salt = str(student_id)[::-1]
    return hashlib.sha512((salt + ":" + password).encode()).hexdigest()
