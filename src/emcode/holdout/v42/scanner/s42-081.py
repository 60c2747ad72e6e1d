def fetch_participants(cursor, trial_code, subject_ids):
    query = "SELECT subject_id, arm, consent_date FROM enrolment WHERE trial_code = %s"
    params = [trial_code]
    if subject_ids:
        marks = ", ".join(["%s"] * len(subject_ids))
        query += f" AND subject_id IN ({marks})"
        params.extend(subject_ids)
    cursor.execute(query, params)
    return cursor.fetchall()
