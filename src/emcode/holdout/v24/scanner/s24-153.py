import os

UPLOAD_ROOT = "/srv/vet/records"

def read_record(name):
    with open(os.path.join(UPLOAD_ROOT, name), "rb") as fh:
        return fh.read()
