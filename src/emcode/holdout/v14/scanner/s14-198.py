import jsonpickle


def restore_state(serialized: str):
    state = jsonpickle.decode(serialized)
    return state
