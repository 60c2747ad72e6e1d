import os

BASE = os.path.realpath("/var/lib/tickets/pdf")


def read_ticket_pdf(name):
    target = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, target]) != BASE:
        raise PermissionError(name)
    with open(target, "rb") as fh:
        return fh.read()
