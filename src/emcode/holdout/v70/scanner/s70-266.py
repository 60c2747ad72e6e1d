import json
from pathlib import Path

CONFIG = Path("/etc/seedbank/storage.json")


def storage_conditions():
    with CONFIG.open() as fh:
        conf = json.load(fh)
    return conf["temperature_c"], conf["humidity_pct"]
