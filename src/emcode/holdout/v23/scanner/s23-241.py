import marshal


def load_cached_rule(blob):
    code = marshal.loads(blob)
    namespace = {}
    exec(code, namespace)
    return namespace.get("rule")
