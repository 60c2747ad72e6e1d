import os

STORAGE = os.path.realpath("/var/lib/mail/attachments")


def read_attachment(name: str) -> bytes:
    """Bytes of the attachment stored under name; anything outside the storage folder is refused."""
    full = os.path.realpath(os.path.join(STORAGE, name))
    if os.path.commonpath([full, STORAGE]) != STORAGE:
        raise PermissionError(f"{name!r} is outside the attachment store")
    with open(full, "rb") as fh:
        return fh.read()
