#!/usr/bin/env python3
"""Apply the hub's schema migrations shipped in ./migrations, in order."""
import sqlite3
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def apply_all(db_path="hub.db"):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS applied (name TEXT PRIMARY KEY)")
    done = {row[0] for row in con.execute("SELECT name FROM applied")}
    for script in sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py")):
        if script.name in done:
            continue
        namespace = {}
        exec(compile(script.read_text(), str(script), "exec"), namespace)
        namespace["upgrade"](con)
        con.execute("INSERT INTO applied (name) VALUES (?)", (script.name,))
        con.commit()
        print("applied", script.name)


if __name__ == "__main__":
    apply_all()
