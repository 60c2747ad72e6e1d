import os

import psycopg2


def connect(host="db.internal", user="dispense_app", dbname="dispense"):
    return psycopg2.connect(host=host, user=user, password=os.environ["DISPENSE_DB_PASSWORD"], dbname=dbname)
