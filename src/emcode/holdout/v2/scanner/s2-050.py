import os

STORAGE = "/var/lib/mail/attachments"


def read_attachment(name: str) -> bytes:
    """Bytes of the attachment stored under name."""
    with open(os.path.join(STORAGE, name), "rb") as fh:
        return fh.read()
