import sqlite3
import sys

conn = sqlite3.connect("stations.db")
station = sys.argv[1]
stmt = "DELETE FROM readings WHERE station = '"
stmt += station + "'"
conn.execute(stmt)
conn.commit()
print("removed readings for", station)

def vacuum_db(co