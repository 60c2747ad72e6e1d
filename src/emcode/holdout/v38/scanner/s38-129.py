try:
    import cPickle as pickle
except ImportError:
    import pickle


def load_pass_index(fileobj):
    return pickle.load(fileobj)
