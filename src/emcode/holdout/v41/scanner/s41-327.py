def bags_by_tags(cursor, tags):
    quoted = ", ".join("'" + t + "'" for t in tags)
    query = "SELECT tag, flight, belt FROM bags"
    query += " WHERE tag IN (" + quoted + ")"
    cursor.execute(query)
    return cursor.fetchall()
