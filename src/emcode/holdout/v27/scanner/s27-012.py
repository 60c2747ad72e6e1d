import sqlite3
from typing import Sequence


def lookup_patterns(conn: sqlite3.Connection, ids: Sequence[int]) -> list[tuple]:
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    query = f"SELECT id, name, blocks FROM patterns WHERE id IN ({marks})"
    return conn.execute(query, [int(i) for i in ids]).fetchall()


if __name__ == "__main__":
    import sys
    con = sqlite3.connect("quilts.db")
    print(lookup_patterns(con, [int(a) for a in sys.argv[1:]]))
