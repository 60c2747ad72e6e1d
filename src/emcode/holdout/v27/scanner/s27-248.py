import os
import pymysql


def record_reading(sensor: str, celsius: float) -> int:
    con = pymysql.connect(host="db", user="coldchain", password=os.environ["DB_PW"], database="cc")
    try:
        with con.cursor() as cur:
            cur.execute("INSERT INTO readings (sensor, celsius) VALUES (%(s)s, %(c)s)", {"s": sensor, "c": celsius})
            cur.execute("SELECT COUNT(*) FROM readings WHERE sensor = %(s)s AND celsius > 8", {"s": sensor})
            (n,) = cur.fetchone()
        con.commit()
        return n
    finally:
        con.close()
