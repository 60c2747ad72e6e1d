import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class LeaveFilter:
    department: Optional[str] = None
    year: Optional[int] = None
    kind: Optional[str] = None


def leave_report(conn: sqlite3.Connection, f: LeaveFilter) -> list[tuple]:
    sql = ["SELECT e.name, l.kind, l.days FROM leave l JOIN employees e ON e.id = l.employee_id WHERE 1=1"]
    args: list = []
    if f.department:
        sql.append("AND e.department = ?")
        args.append(f.department)
    if f.year:
        sql.append("AND strftime('%Y', l.start) = ?")
        args.append(str(int(f.year)))
    if f.kind:
        sql.append("AND l.kind = ?")
        args.append(f.kind)
    sql.append("ORDER BY e.name")
    return conn.execute(" ".join(sql), tuple(args)).fetchall()
