import csv
import io
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/inventory/bulk")
def bulk_insert():
    text = request.files["csv"].read().decode("utf-8")
    values = []
    for row in csv.DictReader(io.StringIO(text)):
        values.append(f"('{row['sku']}', {row['qty']}, '{row['location']}')")
    sql = "INSERT INTO stock (sku, qty, location) VALUES " + ", ".join(values)
    con = sqlite3.connect("inventory.db")
    con.executescript(sql)
    con.commit()
    return {"inserted": len(values)}
