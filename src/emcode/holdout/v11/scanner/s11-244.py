import os

STORAGE = "/var/lib/mailer/attachments"


def read_attachment(name: str) -> bytes:
    with open(os.path.join(STORAGE, name), "rb") as fh:
        return fh.read()
