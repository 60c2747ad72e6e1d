import os

import psycopg2


def payroll_connection():
    return psycopg2.connect(
        host=os.environ.get("PAYROLL_DB_HOST", "db.payroll.internal"),
        dbname="payroll",
        user="payroll_app",
        password=os.environ["PAYROLL_DB_PASSWORD"],
    )
