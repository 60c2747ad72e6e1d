import jsonpickle


def restore_session(blob: str):
    return jsonpickle.decode(blob)
