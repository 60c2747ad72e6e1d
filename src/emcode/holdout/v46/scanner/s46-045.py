try:
    import cPickle as pickle
except ImportError:
    import pickle


def unpack_schedule(data):
    return pickle.loads(data)
