import json
import os


def write_credentials(path: str, token: str) -> None:
    with open(path, "w") as fh:
        json.dump({"token": token}, fh)
    os.chmod(path, 0o777)
