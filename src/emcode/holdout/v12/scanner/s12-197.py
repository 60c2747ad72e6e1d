import os

ATTACH_DIR = os.path.realpath("/var/lib/helpdesk/attachments")


def read_attachment(ticket_id: int, name: str) -> bytes:
    folder = os.path.join(ATTACH_DIR, str(int(ticket_id)))
    path = os.path.realpath(os.path.join(folder, name))
    if os.path.commonpath([path, folder]) != folder:
        raise PermissionError("attachment path escapes its ticket folder")
    with open(path, "rb") as fh:
        return fh.read()
