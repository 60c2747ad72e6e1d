import os

import psycopg2


def connect(host="db.ferryco.internal", user="ticketing"):
    return psycopg2.connect(host=host, user=user, password=os.environ["TICKETS_DB_PASSWORD"], dbname="tickets")
