_EDITABLE = ("loaf", "frequency", "paused", "delivery_day")


def update_subscription(cur, sub_id, changes):
    cols = [c for c in _EDITABLE if c in changes]
    if not cols:
        return 0
    stmt = "UPDATE subscriptions SET " + ", ".join(f"{c} = %s" for c in cols)
    stmt += " WHERE id = %s"
    cur.execute(stmt, [changes[c] for c in cols] + [sub_id])
    return cur.rowcount
