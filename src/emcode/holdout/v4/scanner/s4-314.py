import marshal


def read_cached(blob):
    return marshal.loads(blob)
