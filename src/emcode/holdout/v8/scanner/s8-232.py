import os

ATTACH_DIR = "/var/lib/helpdesk/attachments"


def read_attachment(name):
    with open(os.path.join(ATTACH_DIR, name), "rb") as fh:
        return fh.read()
