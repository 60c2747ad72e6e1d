try:
    import cPickle as pickle
except ImportError:
    import pickle

def load_state(fileobj):
    state = pickle.load(fileobj)
    return state.get("version"), state.get("data")
