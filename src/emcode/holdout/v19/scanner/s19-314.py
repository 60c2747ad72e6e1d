import io
import pickle

_SAFE = {("builtins", "dict"), ("builtins", "list"), ("builtins", "set"), ("builtins", "frozenset")}


class _Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"forbidden global {module}.{name}")


def restore(data: bytes):
    return _Restricted(io.BytesIO(data)).load()
