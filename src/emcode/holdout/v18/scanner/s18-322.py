import sqlite3
from dataclasses import dataclass

TABLES = {"orders": "raw_orders", "refunds": "raw_refunds"}


@dataclass
class Batch:
    kind: str
    rows: list


def load_batch(conn: sqlite3.Connection, batch: Batch) -> int:
    table = TABLES[batch.kind]
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, amount REAL, ts TEXT)")
    sql = f"INSERT OR REPLACE INTO {table} (id, amount, ts) VALUES (?, ?, ?)"
    with conn:
        conn.executemany(sql, [(r["id"], float(r["amount"]), r["ts"]) for r in batch.rows])
    return len(batch.rows)
