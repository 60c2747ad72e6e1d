import dill


def load_pricing_rule(payload: bytes):
    rule = dill.loads(payload)
    if not callable(rule):
        raise TypeError("rule must be callable")
    return rule
