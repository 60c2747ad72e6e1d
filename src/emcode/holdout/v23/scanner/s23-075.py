import os
import sys
import psycopg2


def connect():
    try:
        password = os.environ["CLINIC_DB_PASSWORD"]
    except KeyError:
        sys.exit("set CLINIC_DB_PASSWORD before running the reminder job")
    return psycopg2.connect(host=os.environ.get("CLINIC_DB_HOST", "localhost"), dbname="clinic",
                            user="reminder", password=password, sslmode="require")


def due_reminders(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT patient_id, starts_at FROM appointments WHERE starts_at::date = CURRENT_DATE + 1")
        return cur.fetchall()


if __name__ == "__main__":
    with connect() as c:
        for pid, at in due_reminders(c):
            print(pid, at)
