def bags_by_tags(cursor, tags):
    tags = list(tags)
    if not tags:
        return []
    placeholders = ", ".join(["%s"] * len(tags))
    query = "SELECT tag, flight, belt FROM bags"
    query += " WHERE tag IN (" + placeholders + ")"
    cursor.execute(query, tags)
    return cursor.fetchall()
