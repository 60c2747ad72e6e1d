import dill


def load_rule(fileobj):
    rule = dill.load(fileobj)
    if not callable(rule):
        raise TypeError("rule must be callable")
    return rule
