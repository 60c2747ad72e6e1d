import os

import mysql.connector


def get_connection():
    return mysql.connector.connect(
        host=os.environ["DB_HOST"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        database="grades",
    )


def average_for(student_id):
    conn = get_connection()
    cur = conn.cursor()
    cur.execute("SELECT AVG(score) FROM results WHERE student_id = %s", (stud