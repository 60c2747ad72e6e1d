import csv
import io
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/inventory/bulk")
def bulk_insert():
    text = request.files["csv"].read().decode("utf-8")
    records = []
    for row in csv.DictReader(io.StringIO(text)):
        try:
            records.append((row["sku"], int(row["qty"]), row["location"]))
        except (KeyError, ValueError):
            abort(400)
    sql = "INSERT INTO stock (sku, qty, location) "
    sql += "VALUES (?, ?, ?)"
    con = sqlite3.connect("inventory.db")
    with con:
        con.executemany(sql, records)
    return {"inserted": len(records)}
