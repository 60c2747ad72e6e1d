import jsonpickle

def restore_session(text: str):
    return jsonpickle.decode(text)
