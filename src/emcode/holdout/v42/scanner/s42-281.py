from datetime import date


def enrolments_between(conn, start: date, end: date, site=None, arm=None):
    clauses = ["enrolled_on BETWEEN :start AND :end"]
    params = {"start": start, "end": end}
    if site is not None:
        clauses.append("site_code = :site")
        params["site"] = site
    if arm is not None:
        clauses.append("arm = :arm")
        params["arm"] = arm
    sql = "SELECT subject_id, site_code, arm, enrolled_on FROM enrolment"
    sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY enrolled_on"
    return conn.execute(sql, params).fetchall()
