try:
    import cPickle as pickle
except ImportError:
    import pickle


def decode_message(data: bytes):
    return pickle.loads(data)
