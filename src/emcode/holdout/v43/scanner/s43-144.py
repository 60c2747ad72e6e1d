try:
    import cPickle as pickle
except ImportError:
    import pickle


def load_ride_history(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)
