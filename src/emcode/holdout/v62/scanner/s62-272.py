def update_subscription(cur, sub_id, changes):
    assignments = []
    for field, value in changes.items():
        assignments.append(f"{field} = '{value}'")
    stmt = "UPDATE subscriptions SET " + ", ".join(assignments)
    stmt = stmt + " WHERE id = %d" % sub_id
    cur.execute(stmt)
    return cur.rowcount
