import dill


def load_scoring_function(path):
    with open(path, "rb") as fh:
        return dill.load(fh)
