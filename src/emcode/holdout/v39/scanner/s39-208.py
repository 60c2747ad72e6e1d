def find_animals(conn, species=None, min_weight=None, collar=None):
    sql = "SELECT tag, species, weight_kg FROM animals WHERE 1=1"
    if species:
        sql += " AND species = '" + species + "'"
    if min_weight is not None:
        sql += " AND weight_kg >= %s" % min_weight
    if collar:
        sql += f" AND collar_id = '{collar}'"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
