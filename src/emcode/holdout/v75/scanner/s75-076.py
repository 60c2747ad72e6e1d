def find_lapsed(conn, email_domain, before):
    sql = "SELECT id, email FROM memberships"
    sql += " WHERE expires < '" + before + "'"
    if email_domain:
        sql += " AND email LIKE '%@" + email_domain + "'"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
