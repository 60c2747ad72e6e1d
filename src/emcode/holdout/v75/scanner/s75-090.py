def find_lapsed(conn, email_domain, before):
    sql = "SELECT id, email FROM memberships WHERE expires < ?"
    args = [before]
    if email_domain:
        sql += " AND email LIKE ?"
        args.append("%@" + email_domain)
    cur = conn.cursor()
    cur.execute(sql, args)
    return cur.fetchall()
