try:
    import cPickle as pickle
except ImportError:
    import pickle


def load_state(blob):
    return pickle.loads(blob)
