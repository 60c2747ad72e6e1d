import json
import os


def save_credentials(path, user, token):
    with open(path, "w") as fh:
        json.dump({"user": user, "token": token}, fh)
    os.chmod(path, 0o600)
