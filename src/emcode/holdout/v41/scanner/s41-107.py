def update_loan(conn, loan_id, due_date=None, renewals=None):
    sets, params = [], []
    if due_date is not None:
        sets.append("due_date = ?")
        params.append(due_date)
    if renewals is not None:
        sets.append("renewals = ?")
        params.append(int(renewals))
    if not sets:
        return 0
    sql = "UPDATE loans SET " + ", ".join(sets)
    sql += " WHERE id = ?"
    params.append(loan_id)
    cur = conn.cursor()
    cur.execute(sql, params)
    conn.commit()
    return cur.rowcount
