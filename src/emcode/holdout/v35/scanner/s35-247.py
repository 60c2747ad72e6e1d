def list_pets(cur, shelter_id, sort="name", direction="ASC"):
    q = "SELECT id, name, species FROM pets WHERE shelter_id = %s"
    q += " ORDER BY %s %s" % (sort, direction)
    cur.execute(q, (shelter_id,))
    return cur.fetchall()
