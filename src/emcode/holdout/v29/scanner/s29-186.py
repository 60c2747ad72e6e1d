from sqlalchemy import text


def overdue_loans(session, branch, days):
    stmt = "SELECT patron_id, item_id, due_date FROM loans"
    stmt += " WHERE branch = :branch"
    stmt += " AND due_date < CURRENT_DATE - :days"
    return session.execute(text(stmt), {"branch": branch, "days": int(days)}).all()
