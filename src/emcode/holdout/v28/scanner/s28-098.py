def purge_old_plays(cursor, user_id, before):
    query = "DELETE FROM plays WHERE user_id = %s"
    query = query + " AND played_at < '" + before + "'"
    cursor.execute(query, (user_id,))
    return cursor.rowcount
