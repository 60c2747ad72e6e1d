from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify
import os

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/api/readings")
def readings():
    farm = request.args.get("farm")
    since = request.args.get("since")
    sql = "SELECT turbine_id, ts, kw FROM readings WHERE 1 = 1"
    binds = {}
    if farm:
        sql += " AND farm_code = :farm"
        binds["farm"] = farm
    if since:
        sql += " AND ts >= :since"
        binds["since"] = since
    sql += " ORDER BY ts DESC LIMIT 500"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), binds).mappings().all()
    return jsonify([dict(r) for r in rows])
