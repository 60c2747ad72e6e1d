import jsonpickle


def handle_message(raw: str):
    obj = jsonpickle.decode(raw)
    return obj.process()
