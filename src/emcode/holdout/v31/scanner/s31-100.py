import uuid


def new_session_id():
    return uuid.uuid1().hex
