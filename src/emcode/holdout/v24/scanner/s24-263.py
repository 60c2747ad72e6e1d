import sqlite3
from flask import Flask, g, request, jsonify, abort

app = Flask(__name__)
DB_PATH = "garage.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/bays/<level>")
def bays_on_level(level):
    rows = get_db().execute("SELECT code, occupied FROM bays WHERE level = ? ORDER BY code", (level,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/bays/<code>/occupy")
def occupy(code):
    plate = (request.get_json(silent=True) or {}).get("plate")
    if not plate:
        abort(400)
    db = get_db()
    cur = db.execute("UPDATE bays SET occupied = 1, plate = ? WHERE code = ? AND occupied = 0", (plate, code))
    db.commit()
    if cur.rowcount == 0:
        abort(409)
    return jsonify(code=code, plate=plate)
