import jsonpickle


def decode_event(text: str):
    return jsonpickle.decode(text)
