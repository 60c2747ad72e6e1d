from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@localhost/shop")


@app.get("/designs")
def designs():
    tag = request.args.get("tag", "")
    stmt = "SELECT id, title, price_cents FROM designs WHERE published"
    binds = {}
    if tag:
        stmt += " AND :tag = ANY(tags)"
        binds["tag"] = tag
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), binds).mappings().all()
    return jsonify([dict(r) for r in rows])
