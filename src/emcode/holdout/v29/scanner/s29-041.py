import os

import psycopg2


def connect(host="db.league.local", user="league_app", dbname="league"):
    password = os.environ.get("LEAGUE_DB_PASSWORD")
    if not password:
        raise RuntimeError("LEAGUE_DB_PASSWORD is not set")
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
