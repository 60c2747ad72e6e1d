from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///gallery.db")


@app.get("/albums")
def albums():
    owner = request.args.get("owner", "")
    base = "SELECT id, title FROM albums "
    where = "WHERE owner = :owner AND deleted = 0"
    with engine.connect() as conn:
        rows = conn.execute(text(base + where), {"owner": owner}).fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
