from pathlib import Path

DOC_ROOT = Path("/srv/cases/documents").resolve()


def read_document(name):
    target = (DOC_ROOT / name).resolve()
    if not target.is_relative_to(DOC_ROOT):
        raise PermissionError(name)
    return target.read_bytes()
