import marshal


def load_compiled_rule(data: bytes):
    """Load a rule function compiled by the rule editor."""
    code = marshal.loads(data)
    namespace: dict = {}
    exec(code, namespace)
    return namespace["rule"]
