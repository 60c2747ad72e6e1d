EDITABLE = ("name", "flag", "imo", "gross_tonnage")


def update_vessel(cur, vessel_id, fields):
    cols = [k for k in fields if k in EDITABLE]
    if not cols:
        return 0
    stmt = "UPDATE vessels SET " + ", ".join(f"{c} = %s" for c in cols)
    stmt += " WHERE id = %s"
    cur.execute(stmt, [fields[c] for c in cols] + [vessel_id])
    return cur.rowcount
