def search_drugs(cursor, fragment, limit=25):
    cursor.execute("SELECT ndc, name FROM drugs WHERE name ILIKE '%%%s%%' LIMIT %d" % (fragment, limit))
    return cursor.fetchall()
