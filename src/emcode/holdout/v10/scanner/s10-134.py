import jsonpickle


def restore(state_json: str):
    return jsonpickle.decode(state_json)
