import os

import psycopg2


def connect_trials_db(host="trials-db.internal"):
    with open(os.environ["ENROL_DB_PASSWORD_FILE"], encoding="utf-8") as fh:
        password = fh.read().strip()
    return psycopg2.connect(host=host, dbname="enrolment", user="enrol_app", password=password, sslmode="require")
