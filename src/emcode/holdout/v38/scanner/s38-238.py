import dill as serializer


def load_pipeline(stream):
    return serializer.load(stream)
