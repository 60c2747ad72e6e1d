import mysql.connector


def get_connection():
    return mysql.connector.connect(
        host="db.school.local",
        user="grades_admin",
        password="Gr4des!2024",
        database="grades",
    )


def average_for(student_id):
    conn = get_connection()
    cur = conn.cursor()
    cur.execute("SELECT AVG(score) FROM results WHERE student_id = %s", (student_id,))
    avg = cur.fetcho