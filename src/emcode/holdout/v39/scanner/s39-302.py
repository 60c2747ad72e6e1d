ALLOWED_COLUMNS = ("rent", "bedrooms", "available_from", "description")


def update_listing(cur, listing_id, fields):
    cols = [c for c in ALLOWED_COLUMNS if c in fields]
    if not cols:
        return
    assignments = ", ".join(f"{c} = %s" for c in cols)
    query = "UPDATE listings SET " + assignments
    query += " WHERE id = %s"
    cur.execute(query, [fields[c] for c in cols] + [listing_id])
