import io
import pickle

_ALLOWED = {("builtins", "dict"), ("builtins", "list"), ("builtins", "str"), ("builtins", "int"), ("builtins", "float")}


class _Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global {module}.{name} is forbidden")


def read_reading_batch(data: bytes):
    return _Restricted(io.BytesIO(data)).load()
