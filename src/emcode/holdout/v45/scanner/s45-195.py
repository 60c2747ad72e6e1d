import io
import pickle

_ALLOWED = {("builtins", "dict"), ("builtins", "list"), ("builtins", "tuple"), ("builtins", "set")}


class _Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"forbidden global {module}.{name}")


def restore_session(blob):
    state = _Restricted(io.BytesIO(blob)).load()
    if not isinstance(state, dict):
        raise ValueError("bad session")
    return state.get("team"), state.get("clues_used", 0)
