def update_loan(conn, loan_id, due_date=None, renewals=None):
    sets = []
    if due_date is not None:
        sets.append(f"due_date = '{due_date}'")
    if renewals is not None:
        sets.append(f"renewals = {renewals}")
    if not sets:
        return 0
    sql = "UPDATE loans SET " + ", ".join(sets)
    sql += f" WHERE id = {loan_id}"
    cur = conn.cursor()
    cur.execute(sql)
    conn.commit()
    return cur.rowcount
