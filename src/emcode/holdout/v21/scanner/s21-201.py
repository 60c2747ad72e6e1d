try:
    import cPickle as pickle
except ImportError:
    import pickle


def restore_session(stream):
    return pickle.load(stream)
