def update_listing(cur, listing_id, fields):
    assignments = ", ".join(f"{col} = '{val}'" for col, val in fields.items())
    query = "UPDATE listings SET " + assignments
    query += " WHERE id = " + str(listing_id)
    cur.execute(query)
