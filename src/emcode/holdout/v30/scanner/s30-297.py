def update_patient(conn, patient_id, changes):
    sets = ", ".join(f"{k} = '{v}'" for k, v in changes.items())
    sql = "UPDATE patients SET " + sets
    sql += f" WHERE id = {patient_id}"
    cur = conn.execute(sql)
    conn.commit()
    return cur.rowcount
