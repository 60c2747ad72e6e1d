import pymysql

def find_users(conn, email=None, active=None):
    sql = ["SELECT id, email FROM users WHERE 1=1"]
    params = {}
    if email:
        sql.append("AND email = %(email)s")
        params["email"] = email
    if active is not None:
        sql.append("AND active = %(active)s")
        params["active"] = int(bool(active))
    with conn.cursor() as cur:
        cur.execute(" ".join(sql), params)
        return cur.fetchall()
