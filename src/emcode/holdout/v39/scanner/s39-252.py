def find_animals(conn, species=None, min_weight=None, collar=None):
    sql = "SELECT tag, species, weight_kg FROM animals WHERE 1=1"
    args = []
    if species:
        sql += " AND species = ?"
        args.append(species)
    if min_weight is not None:
        sql += " AND weight_kg >= ?"
        args.append(float(min_weight))
    if collar:
        sql += " AND collar_id = ?"
        args.append(collar)
    cur = conn.cursor()
    cur.execute(sql, args)
    return cur.fetchall()
