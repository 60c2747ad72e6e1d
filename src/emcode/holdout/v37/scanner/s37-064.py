from pathlib import Path

SCORES = Path("/srv/orchestra/scores").resolve()


def read_part(filename):
    target = (SCORES / filename).resolve()
    if not target.is_relative_to(SCORES):
        raise PermissionError(filename)
    return target.read_bytes()
