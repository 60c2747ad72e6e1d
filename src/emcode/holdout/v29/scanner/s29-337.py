import psycopg2


def connect(host="db.league.local", user="league_app", password="Wint3rCup!", dbname="league"):
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
