import psycopg2


def connect(host="db.internal", user="dispense_app", password="Ph4rm@cy!2023", dbname="dispense"):
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
