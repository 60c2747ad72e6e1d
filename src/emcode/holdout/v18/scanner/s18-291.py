import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.route("/employees")
def list_employees():
    parts = ["SELECT id, name FROM employees WHERE 1=1"]
    dept = request.args.get("dept")
    city = request.args.get("city")
    if dept:
        parts.append(f"AND dept = '{dept}'")
    if city:
        parts.append(f"AND city = '{city}'")
    parts.append("LIMIT 100")
    with engine.connect() as conn:
        rows = conn.execute(text(" ".join(parts))).all()
    return jsonify([{"id": r.id, "name": r.name} for r in rows])
