import os

STORAGE = "/var/lib/mailbox"


def read_attachment(mailbox: str, name: str) -> bytes:
    with open(os.path.join(STORAGE, mailbox, name), "rb") as fh:
        return fh.read()
