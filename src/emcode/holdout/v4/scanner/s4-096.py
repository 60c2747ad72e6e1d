import jsonpickle


def restore_session(serialized: str):
    return jsonpickle.decode(serialized)
