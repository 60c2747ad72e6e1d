import dill as serializer


def load_model(path):
    with open(path, "rb") as fh:
        return serializer.load(fh)
