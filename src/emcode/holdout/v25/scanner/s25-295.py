from sqlalchemy import create_engine, text
from flask import Flask, request, jsonify
import os

app = Flask(__name__)
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/radio/plays")
def plays():
    artist = request.args.get("artist", "")
    day = request.args.get("day", "")
    stmt = text(
        "SELECT title, played_at FROM plays "
        "WHERE artist = :artist AND date(played_at) = :day "
        "ORDER BY played_at"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"artist": artist, "day": day}).all()
    return jsonify([{"title": t, "at": str(p)} for t, p in rows])
