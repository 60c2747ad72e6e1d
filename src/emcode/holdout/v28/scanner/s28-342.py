def purge_old_plays(cursor, user_id, before):
    query = "DELETE FROM plays WHERE user_id = %s"
    query = query + " AND played_at < %s"
    cursor.execute(query, (user_id, before))
    return cursor.rowcount
