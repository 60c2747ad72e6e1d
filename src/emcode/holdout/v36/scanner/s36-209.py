def update_vessel(cur, vessel_id, fields):
    assignments = ", ".join(f"{k} = '{v}'" for k, v in fields.items())
    stmt = "UPDATE vessels SET " + assignments
    stmt += " WHERE id = %d" % int(vessel_id)
    cur.execute(stmt)
