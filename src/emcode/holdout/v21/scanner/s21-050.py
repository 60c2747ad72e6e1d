import jsonpickle


def load_state(blob: str):
    return jsonpickle.decode(blob)
