import marshal


def load_cached_code(data):
    return marshal.loads(data)
