try:
    import cPickle as pickle
except ImportError:
    import pickle


def restore_state(blob):
    state = pickle.loads(blob)
    return state.get("step", 0), state.get("weights")
