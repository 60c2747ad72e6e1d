import psycopg2


def get_connection():
    return psycopg2.connect(
        host="db.internal",
        dbname="payments",
        user="payments_app",
        password="S3cure!Passw0rd2024",
    )
