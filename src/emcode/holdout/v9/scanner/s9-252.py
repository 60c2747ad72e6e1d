import marshal


def load_bytecode_cache(blob):
    code = marshal.loads(blob)
    namespace = {}
    exec(code, namespace)
    return namespace
