try:
    import cPickle as pickle
except ImportError:
    import pickle


def decode_session_blob(blob):
    return pickle.loads(blob)
