def search_recipes(cursor, ingredient, max_minutes):
    base = "SELECT r.id, r.title FROM recipes r JOIN ingredients i ON i.recipe_id = r.id "
    cond = "WHERE i.name = '{}' AND r.total_minutes <= {}".format(ingredient, max_minutes)
    cursor.execute(base + cond)
    return [dict(id=row[0], title=row[1]) for row in cursor.fetchall()]
