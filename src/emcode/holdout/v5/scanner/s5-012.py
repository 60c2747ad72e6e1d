import random

def new_session_id():
    return "%032x" % random.getrandbits(128)

def login(user, sessions):
    sid = new_session_id()
    sessions[sid] = user
    return sid
