from sqlalchemy import text


def overdue_loans(session, branch, days):
    stmt = "SELECT patron_id, item_id, due_date FROM loans"
    stmt += f" WHERE branch = '{branch}'"
    stmt += f" AND due_date < CURRENT_DATE - {days}"
    return session.execute(text(stmt)).all()
