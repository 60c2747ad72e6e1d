import sqlite3

import bcrypt
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/api/patrons")
def create_patron():
    data = request.get_json(silent=True) or {}
    card, pin = data.get("card"), data.get("pin")
    if not card or not pin:
        abort(400)
    pin_hash = bcrypt.hashpw(pin.encode(), bcrypt.gensalt())
    with sqlite3.connect("library.db") as con:
        con.execute("INSERT INTO patrons (card, pin_ha