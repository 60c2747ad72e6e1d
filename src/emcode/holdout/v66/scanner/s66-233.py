def update_patient(conn, patient_id, fields):
    assignments = ", ".join(f"{col} = '{val}'" for col, val in fields.items())
    statement = "UPDATE patients SET " + assignments
    statement += " WHERE id = ?"
    conn.execute(statement, (patient_id,))
    conn.commit()
