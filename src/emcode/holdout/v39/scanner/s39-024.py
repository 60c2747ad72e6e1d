import dill


def load_scoring_fn(fileobj):
    fn = dill.load(fileobj)
    if not callable(fn):
        raise TypeError("not a function")
    return fn
