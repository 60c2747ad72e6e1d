import dill


def load_pricing_rule(path):
    with open(path, "rb") as fh:
        return dill.load(fh)
