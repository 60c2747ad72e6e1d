import jsonpickle


def restore(serialized: str):
    return jsonpickle.decode(serialized)
