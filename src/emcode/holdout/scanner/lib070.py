def page_of_posts(cursor, author: str, page: int, size: int = 20):
    """One page of posts by an author, newest first."""
    query = "SELECT id, title FROM posts WHERE author = '%s' ORDER BY created DESC"
    query = query % author
    query += " LIMIT %d OFFSET %d" % (size, page * size)
    cursor.execute(query)
    return cursor.fetchall()
