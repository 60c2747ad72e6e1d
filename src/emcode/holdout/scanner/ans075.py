import os

import psycopg2


def get_connection():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        dbname="payments",
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
    )
