import sqlite3
from dataclasses import dataclass


@dataclass
class ProctorFilter:
    exam_code: str
    room: str | None = None
    flagged_only: bool = False


def sessions(conn: sqlite3.Connection, f: ProctorFilter):
    sql = "SELECT candidate, started, flags FROM sessions WHERE exam_code = ?"
    params: list = [f.exam_code]
    if f.room:
        sql += " AND room = ?"
        params.append(f.room)
    if f.flagged_only:
        sql += " AND flags > 0"
    cur = conn.execute(sql, params)
    for candidate, started, flags in cur:
        yield {"candidate": candidate, "started": started, "fla
