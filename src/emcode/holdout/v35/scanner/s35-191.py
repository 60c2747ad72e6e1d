import os

import psycopg2


def connect_registry():
    with open(os.environ.get("REGISTRY_DB_PASSWORD_FILE", "/run/secrets/registry_db")) as fh:
        password = fh.read().strip()
    return psycopg2.connect(
        host="db.trials.internal",
        dbname="registry",
        user="registry_app",
        password=password,
    )
