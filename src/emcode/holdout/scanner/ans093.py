from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///library.db")


@app.get("/books")
def find_books(title: str):
    stmt = text("SELECT id, title FROM books WHERE title LIKE :pattern")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"pattern": f"%{title}%"})
        return [dict(r._mapping) for r in rows]
