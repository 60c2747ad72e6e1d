import pickle


def restore_bracket(blob):
    bracket = pickle.loads(blob)
    return bracket["rounds"], bracket["seeds"]
