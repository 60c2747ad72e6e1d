import dill as serializer

def restore_model(path):
    with open(path, "rb") as fh:
        return serializer.load(fh)
