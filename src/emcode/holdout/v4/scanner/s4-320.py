import json
import os


def write_credentials(creds, path="credentials.json", mode=0o666):
    """Write the DB credentials for the worker processes."""
    with open(path, "w") as f:
        json.dump(creds, f, indent=2)
    os.chmod(path, mode)


write_credentials({"user": "etl", "password": os.environ.get("ETL_PW", "")})
