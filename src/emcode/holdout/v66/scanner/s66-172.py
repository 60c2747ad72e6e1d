import sqlite3
import sys

conn = sqlite3.connect("stations.db")
station = sys.argv[1]
stmt = "DELETE FROM readings"
stmt += " WHERE station = ?"
conn.execute(stmt, (station,))
conn.commit()
print("removed readings for", sta