ALLOWED = {"phone", "email", "address", "insurer"}


def update_patient(conn, patient_id, changes):
    cols = [c for c in changes if c in ALLOWED]
    if not cols:
        return 0
    sql = "UPDATE patients SET "
    sql += ", ".join(f"{c} = ?" for c in cols)
    sql += " WHERE id = ?"
    params = [changes[c] for c in cols] + [patient_id]
    cur = conn.execute(sql, params)
    conn.commit()
    return cur.rowcount
