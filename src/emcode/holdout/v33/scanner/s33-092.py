EDITABLE = frozenset({"display_name", "native_lang", "target_lang", "daily_goal"})


def update_learner_field(conn, learner_id, field, value):
    if field not in EDITABLE:
        raise ValueError(f"field {field!r} is not editable")
    conn.execute(f"UPDATE learners SET {field} = ? WHERE id = ?", (value, learner_id))
    conn.commit()
