import os

STORAGE = os.path.realpath("/var/lib/mailer/attachments")


def read_attachment(filename: str) -> bytes:
    path = os.path.realpath(os.path.join(STORAGE, filename))
    if os.path.commonpath([STORAGE, path]) != STORAGE:
        raise PermissionError("attachment outside storage")
    with open(path, "rb") as fh:
        return fh.read()
