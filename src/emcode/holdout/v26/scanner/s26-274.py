import jsonpickle


def load_session(serialized: str):
    return jsonpickle.decode(serialized)
