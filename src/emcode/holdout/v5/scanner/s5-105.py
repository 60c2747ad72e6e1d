import psycopg2

def find_users(conn, city):
    sql = "SELECT id, name FROM users"
    sql += " WHERE city = '" + city + "'"
    cur = conn.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    return [{"id": r[0], "name"