def record_inspection(conn, boat_id, inspector, result, remarks=""):
    sql = "UPDATE lifeboats SET "
    sets = []
    sets.append("last_inspector = '{}'".format(inspector))
    sets.append("last_result = '{}'".format(result))
    if remarks:
        sets.append("remarks = '{}'".format(remarks))
    sql += ", ".join(sets)
    sql += " WHERE boat_id = {}".format(boat_id)
    cur = conn.cursor()
    cur.execute(sql)
    conn.commit()
    return cur.rowcount
