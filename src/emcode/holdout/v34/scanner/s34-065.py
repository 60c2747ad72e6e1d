def fetch_matches(cursor, match_ids):
    match_ids = list(match_ids)
    if not match_ids:
        return []
    marks = ",".join("?" for _ in match_ids)
    sql = "SELECT id, home, away, score FROM matches WHERE id IN (" + marks + ")"
    cursor.execute(sql, match_ids)
    return cursor.fetchall()
