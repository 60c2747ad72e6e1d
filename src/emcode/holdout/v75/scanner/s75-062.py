import dill


def load_grading_model(path):
    with open(path, "rb") as fh:
        return dill.load(fh)
