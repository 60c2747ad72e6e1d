def find_applicants(conn, surname, intake=None):
    sql = "SELECT id, surname, course FROM applicants"
    sql += " WHERE surname = "
    sql += f"'{surname}'"
    if intake:
        sql += f" AND intake = {intake}"
    return conn.execute(sql).fetchall()
