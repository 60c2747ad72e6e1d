import jsonpickle


def restore_session(payload: str):
    return jsonpickle.decode(payload)
