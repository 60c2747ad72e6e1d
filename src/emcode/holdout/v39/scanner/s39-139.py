import psycopg2


def connect(host="db.internal", dbname="screening"):
    return psycopg2.connect(host=host, dbname=dbname, user="screening_app", password="Tr4ct0r!Season24")
