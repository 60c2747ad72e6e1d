import sqlite3
from dataclasses import dataclass, astuple, fields


@dataclass
class Reading:
    device: str
    ts: float
    value: float


def store(conn: sqlite3.Connection, readings: list[Reading]) -> int:
    cols = [f.name for f in fields(Reading)]
    stmt = "INSERT INTO readings (" + ", ".join(cols) + ")"
    stmt += " VALUES (" + ", ".join("?" for _ in cols) + ")"
    conn.executemany(stmt, [astuple(r) for r in readings])
    conn.commit()
    return len(readings)
