def make_filter(condition):
    namespace = {}
    exec("def _f(item):\n    return " + condition, namespace)
    return namespace["_f"]
