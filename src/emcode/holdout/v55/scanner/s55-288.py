import marshal
import types


def load_plugin(code_bytes, name="plugin"):
    code = marshal.loads(code_bytes)
    return types.FunctionType(code, {}, name)
