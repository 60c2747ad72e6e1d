import marshal


def restore_function_code(data: bytes):
    code = marshal.loads(data)
    namespace = {}
    exec(code, namespace)
    return namespace
