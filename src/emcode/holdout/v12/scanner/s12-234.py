import marshal


def load_cache(path):
    with open(path, "rb") as fh:
        return marshal.loads(fh.read())
