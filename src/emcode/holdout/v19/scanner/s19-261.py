import cPickle as pickle


def decode_message(blob):
    return pickle.loads(blob)
