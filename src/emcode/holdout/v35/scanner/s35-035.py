def build_update(table_name, record_id, changes):
    sets = []
    for col, val in changes.items():
        sets.append("{} = '{}'".format(col, val))
    stmt = "UPDATE " + table_name + " SET "
    stmt += ", ".join(sets)
    stmt += " WHERE id = %d" % int(record_id)
    return stmt


def apply_update(conn, table_name, record_id, changes):
    cur = conn.cursor()
    cur.execute(build_update(table_name, record_id, changes))
    conn.commit()
    return cur.rowcount
