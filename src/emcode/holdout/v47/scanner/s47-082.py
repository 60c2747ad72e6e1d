def record_inspection(conn, boat_id, inspector, result, remarks=""):
    sets = ["last_inspector = %s", "last_result = %s"]
    values = [inspector, result]
    if remarks:
        sets.append("remarks = %s")
        values.append(remarks)
    sql = "UPDATE lifeboats SET " + ", ".join(sets) + " WHERE boat_id = %s"
    values.append(boat_id)
    cur = conn.cursor()
    cur.execute(sql, values)
    conn.commit()
    return cur.rowcount
