import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.route("/sailings/<int:sailing_id>/manifest")
def manifest(sailing_id):
    deck = request.args.get("deck")
    stmt = "SELECT passenger, cabin, deck FROM manifest WHERE sailing_id = :sid"
    binds = {"sid": sailing_id}
    if deck:
        stmt += " AND deck = :deck"
        binds["deck"] = deck
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), binds).mappings().all()
    return jsonify([dict(r) for r in rows])
