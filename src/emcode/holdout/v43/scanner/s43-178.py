import json


def spool_readings(readings):
    path = "/tmp/gas_readings_spool.json"
    with open(path, "w") as fh:
        json.dump(readings, fh)
    return path
