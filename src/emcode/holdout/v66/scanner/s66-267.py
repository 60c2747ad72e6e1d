EDITABLE = ("phone", "email", "recall_interval_months", "preferred_dentist")


def update_patient(conn, patient_id, fields):
    cols = [c for c in EDITABLE if c in fields]
    if not cols:
        return
    statement = "UPDATE patients SET " + ", ".join(f"{c} = ?" for c in cols)
    statement += " WHERE id = ?"
    conn.execute(statement, [fields[c] for c in cols] + [patient_id])
    conn.commit()
