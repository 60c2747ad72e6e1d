from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
import os

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/availability")
def availability():
    branch = request.args.get("branch", "")
    start = request.args.get("from", "")
    end = request.args.get("to", "")
    sql = "SELECT c.plate, c.model FROM cars c WHERE c.branch = :branch"
    sql += " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.plate = c.plate"
    sql += " AND b.starts < :end AND b.ends > :start)"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"branch": branch, "start": start, "end": end}).all()
    return jsonify([{"plate": p, "model": m} for p, m in rows])
