import os

ROOT = "/var/lib/tides/exports"


def open_export(station_code):
    name = os.path.basename(station_code)
    if not name.isalnum():
        raise ValueError("bad station code")
    return open(os.path.join(ROOT, name + ".csv"), "rb")
