import psycopg2

DB_PASSWORD = "Fjord!Sail2023"


def get_conn():
    return psycopg2.connect(host="db.sailclub.internal", dbname="bookings", user="club", password=DB_PASSWORD)


def upcoming(conn, days=7):
    with conn.cursor() as cur:
        cur.execute("SELECT boat, start_at FROM bookings WHERE start_at < now() + %s * interval '1 da