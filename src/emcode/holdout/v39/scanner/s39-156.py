from pathlib import Path

BASE = Path("/srv/wildtrack/exports").resolve()


def read_export(name):
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        raise PermissionError(name)
    return target.read_bytes()
