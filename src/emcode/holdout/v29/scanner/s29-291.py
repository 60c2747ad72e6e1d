import pymysql

DB_PASSWORD = "league#2024!admin"

conn = pymysql.connect(host="db.internal", user="league", password=DB_PASSWORD, database="league")


def standings():
    with conn.cursor() as cur:
        cur.execute("SELECT team, points FROM stan