import pickle as serializer


def read_reading_batch(stream):
    return serializer.Unpickler(stream).load()
