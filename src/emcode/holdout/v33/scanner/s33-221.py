def update_learner_field(conn, learner_id, field, value):
    conn.execute(f"UPDATE learners SET {field} = ? WHERE id = ?", (value, learner_id))
    conn.commit()
