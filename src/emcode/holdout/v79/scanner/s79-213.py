import json
import os


def save_station_credentials(path, creds):
    with open(path, "w") as fh:
        json.dump(creds, fh)
    os.chmod(path, 0o666)
