import psycopg2


def connect_archive():
    return psycopg2.connect(host="db.archive.internal", dbname="scans", user="archivist", password="Sepia#1889")
