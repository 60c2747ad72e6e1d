#!/usr/bin/env python3
import os
import sqlite3
from pathlib import Path

DATA = Path(os.environ.get("HUB_DATA", "/var/lib/hub"))


def init():
    DATA.mkdir(mode=0o755, parents=True, exist_ok=True)
    db = DATA / "hub.db"
    if not db.exists():
        fd = os.open(db, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT, room TEXT)")
    con.commit()
    con.close()
    print("initialised", db)


if __name__ == "__main__":
    init()
