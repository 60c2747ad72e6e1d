import marshal
import base64


def load_snippet(encoded: str):
    code = marshal.loads(base64.b64decode(encoded))
    namespace = {}
    exec(code, namespace)
    return namespace
