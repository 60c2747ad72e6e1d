from sqlalchemy import text


def overdue_loans(session, section=None, min_days=7):
    sql = "SELECT l.id, i.name FROM loans l JOIN instruments i ON i.id = l.instrument_id"
    sql += " WHERE l.returned = false AND l.due < now() - make_interval(days => :d)"
    params = {"d": int(min_days)}
    if section is not None:
        sql += " AND i.section = :section"
        params["section"] = section
    return session.execute(text(sql), params).all()
