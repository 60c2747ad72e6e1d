import os

STORAGE = "/var/lib/mailer/attachments"


def read_attachment(filename):
    with open(os.path.join(STORAGE, filename), "rb") as fh:
        return fh.read()
