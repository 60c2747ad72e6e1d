from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@localhost/shop")


@app.get("/designs")
def designs():
    tag = request.args.get("tag", "")
    stmt = "SELECT id, title, price_cents FROM designs WHERE published"
    if tag:
        stmt = f"{stmt} AND '{tag}' = ANY(tags)"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt)).mappings().all()
    return jsonify([dict(r) for r in rows])
