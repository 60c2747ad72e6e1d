import os

STORAGE = os.path.realpath("/var/lib/mailbox")


def read_attachment(mailbox: str, name: str) -> bytes:
    full = os.path.realpath(os.path.join(STORAGE, mailbox, name))
    if not full.startswith(STORAGE + os.sep):
        raise PermissionError("attachment outside storage")
    with open(full, "rb") as fh:
        return fh.read()
