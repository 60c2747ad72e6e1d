import os

UPLOAD_ROOT = os.path.realpath("/srv/vet/records")

def read_record(name: str) -> bytes:
    target = os.path.realpath(os.path.join(UPLOAD_ROOT, name))
    if not target.startswith(UPLOAD_ROOT + os.sep):
        raise PermissionError(f"{name!r} is outside the records folder")
    with open(target, "rb") as fh:
        return fh.read()
