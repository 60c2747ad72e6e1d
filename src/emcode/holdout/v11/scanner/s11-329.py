import os

STORAGE = os.path.realpath("/var/lib/mailer/attachments")


def read_attachment(name: str) -> bytes:
    path = os.path.realpath(os.path.join(STORAGE, name))
    if not path.startswith(STORAGE + os.sep):
        raise PermissionError(f"outside storage: {name!r}")
    with open(path, "rb") as fh:
        return fh.read()
