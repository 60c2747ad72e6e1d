import json
import os


def save_credentials(path, creds):
    def opener(p, flags):
        return os.open(p, flags, 0o600)
    with open(path, "w", opener=opener) as fh:
        json.dump(creds, fh)
