from flask import Flask, request, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2:///beekeeping")


@app.get("/colonies")
def colonies():
    apiary = request.args.get("apiary", "")
    stmt = text("SELECT id, strength, queen_marked FROM colonies WHERE apiary = :apiary ORDER BY id")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"apiary": apiary}).mappings().all()
    return jsonify([dict(r) for r in rows])
