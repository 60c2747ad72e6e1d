import os

BASE = "/var/lib/tickets/pdf"


def read_ticket_pdf(name):
    with open(os.path.join(BASE, name), "rb") as fh:
        return fh.read()
