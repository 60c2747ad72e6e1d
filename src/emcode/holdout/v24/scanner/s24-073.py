import random
import uuid

SESSIONS = {}


def start_session(user_id):
    sid = uuid.uuid1().hex + str(random.random())[2:8]
    SESSIONS[sid] = user_id
    return sid
