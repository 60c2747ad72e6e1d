import marshal


def load_compiled_rule(blob):
    code = marshal.loads(blob)
    namespace = {}
    exec(code, namespace)
    return namespace["rule"]
