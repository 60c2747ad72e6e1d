try:
    import cPickle as pickle
except ImportError:
    import pickle


def decode_message(blob):
    return pickle.loads(blob)
