import secrets
import sqlite3

from flask import Flask, request

from .auth import staff_required

app = Flask(__name__)


@app.post("/pickup/code")
@staff_required
def pickup_code():
    rx = request.form["rx_number"]
    code = f"{secrets.randbelow(10**6):06d}"
    with sqlite3.connect("pharmacy.db") as con:
        con.execute("UPDATE prescriptions SET pickup_code = ? WHERE rx_number = ?", (code, rx))
    return {"sent": True}
