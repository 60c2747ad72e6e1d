import os
from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/api/readings")
def readings():
    farm = request.args.get("farm")
    sql = "SELECT turbine_id, ts, kw FROM readings WHERE 1 = 1"
    if farm:
        sql += f" AND farm_code = '{farm}'"
    sql += " ORDER BY ts DESC LIMIT 500"
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    return jsonify([dict(r) for r in rows])
