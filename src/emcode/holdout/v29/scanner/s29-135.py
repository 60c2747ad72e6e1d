import dill


def load_strategy(fileobj):
    strategy = dill.load(fileobj)
    if not callable(strategy):
        raise TypeError("strategy must be callable")
    return strategy
