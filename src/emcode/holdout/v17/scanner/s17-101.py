import hashlib
import random


def new_session_id():
    return hashlib.sha256(str(random.random()).encode()).hexdigest()
