from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///tracker.db")
app = FastAPI()


@app.get("/tickets")
def tickets(assignee: str = "", label: str = "", limit: int = 50):
    sql = "SELECT id, title FROM tickets WHERE 1=1"
    binds = {"lim": min(limit, 200)}
    if assignee:
        sql += " AND assignee = :assignee"
        binds["assignee"] = assignee
    if label:
        sql += " AND labels LIKE :label"
        binds["label"] = f"%{label}%"
    sql += " LIMIT :lim"
    with engine.connect() as c:
        rows = c.execute(text(sql), binds).fetchall()
    return [{"id": r.id, "title": r.title} for r in rows]
