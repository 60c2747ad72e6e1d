import psycopg2


def payroll_connection():
    return psycopg2.connect(
        host="db.payroll.internal",
        dbname="payroll",
        user="payroll_app",
        password="Pa55w0rd!2023",
    )
