import os

import psycopg2


def connect(host="db.internal", dbname="screening"):
    return psycopg2.connect(host=host, dbname=dbname, user="screening_app", password=os.environ["SCREENING_DB_PASSWORD"])
