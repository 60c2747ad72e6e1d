import jsonpickle


def restore_session(encoded):
    session = jsonpickle.decode(encoded)
    session.touch()
    return session
