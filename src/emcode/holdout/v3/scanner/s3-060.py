from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///library.db")


@app.route("/books")
def find_books():
    term = request.args.get("title", "")
    stmt = text("SELECT title, year FROM books WHERE title LIKE :pattern")
    pattern = f"%{term}%"
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"pattern": pattern}).fetchall()
    return {"books": [dict(r._mapping) for r in rows]}
