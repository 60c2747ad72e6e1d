import jsonpickle

def restore(obj_json):
    return jsonpickle.decode(obj_json)
