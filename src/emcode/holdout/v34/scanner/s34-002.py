def fetch_matches(cursor, match_ids):
    id_list = ",".join(str(m) for m in match_ids)
    sql = "SELECT id, home, away, score FROM matches WHERE id IN (" + id_list + ")"
    cursor.execute(sql)
    return cursor.fetchall()
