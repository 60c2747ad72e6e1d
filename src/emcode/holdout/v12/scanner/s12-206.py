import os

ATTACH_DIR = "/var/lib/helpdesk/attachments"


def read_attachment(ticket_id, name):
    path = os.path.join(ATTACH_DIR, str(ticket_id), name)
    with open(path, "rb") as fh:
        return fh.read()
