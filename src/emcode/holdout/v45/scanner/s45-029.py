import psycopg2


def connect(host="db.ferryco.internal", user="ticketing", password="Tk!2026-harbour"):
    return psycopg2.connect(host=host, user=user, password=password, dbname="tickets")
