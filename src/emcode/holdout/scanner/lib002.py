def page_of_posts(cursor, author: str, page: int, size: int = 20):
    """One page of posts by an author, newest first."""
    query = "SELECT id, title FROM posts WHERE author = %s ORDER BY created DESC"
    query += " LIMIT %s OFFSET %s"
    cursor.execute(query, (author, size, page * size))
    return cursor.fetchall()
