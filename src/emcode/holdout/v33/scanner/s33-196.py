def search_drugs(cursor, fragment, limit=25):
    needle = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    cursor.execute("SELECT ndc, name FROM drugs WHERE name ILIKE %s ESCAPE '\\' LIMIT %s",
                   ("%" + needle + "%", int(limit)))
    return cursor.fetchall()
