from pathlib import Path

BASE = Path("/srv/fridge/labels").resolve()


def read_label(name):
    target = (BASE / name).resolve()
    if BASE not in target.parents:
        raise PermissionError(name)
    return target.read_text(encoding="utf-8")
