import os

ATTACH_DIR = os.path.realpath("/var/lib/helpdesk/attachments")


def read_attachment(name: str) -> bytes:
    path = os.path.realpath(os.path.join(ATTACH_DIR, name))
    if os.path.commonpath([ATTACH_DIR, path]) != ATTACH_DIR:
        raise PermissionError(f"outside attachment dir: {name!r}")
    with open(path, "rb") as fh:
        return fh.read()
