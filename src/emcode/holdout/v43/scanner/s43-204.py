import json
import os
import tempfile


def spool_readings(readings, handler):
    with tempfile.TemporaryDirectory(prefix="gas-") as d:
        path = os.path.join(d, "readings.json")
        with open(path, "w") as fh:
            json.dump(readings, fh)
        return handler(path)
