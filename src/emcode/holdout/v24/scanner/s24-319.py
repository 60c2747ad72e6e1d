try:
    import cPickle as pickle
except ImportError:
    import pickle

def load_session(blob):
    return pickle.loads(blob)
