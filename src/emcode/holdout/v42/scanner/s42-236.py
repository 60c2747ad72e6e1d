EDITABLE = ("driver_name", "daily_limit", "status", "cost_centre")


def update_card(conn, card_id, changes):
    cols = [c for c in changes if c in EDITABLE]
    if not cols:
        return 0
    stmt = "UPDATE fuel_cards SET " + ", ".join(f"{c} = ?" for c in cols)
    stmt += " WHERE id = ?"
    values = [changes[c] for c in cols] + [card_id]
    with conn:
        cur = conn.execute(stmt, values)
    return cur.rowcount
