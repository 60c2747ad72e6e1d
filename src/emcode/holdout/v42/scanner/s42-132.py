def fetch_participants(cursor, trial_code, subject_ids):
    query = "SELECT subject_id, arm, consent_date FROM enrolment "
    query += "WHERE trial_code = '%s' " % trial_code
    if subject_ids:
        id_list = ", ".join("'" + s + "'" for s in subject_ids)
        query += "AND subject_id IN (" + id_list + ")"
    cursor.execute(query)
    return cursor.fetchall()
