def find_applicants(conn, surname, intake=None):
    sql = "SELECT id, surname, course FROM applicants"
    sql += " WHERE surname = ?"
    args = [surname]
    if intake is not None:
        sql += " AND intake = ?"
        args.append(int(intake))
    return conn.execute(sql, args).fetchall()
