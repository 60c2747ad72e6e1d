from sqlalchemy import create_engine, text
from fastapi import FastAPI

app = FastAPI()
engine = create_engine("sqlite:///blog.db")

@app.get("/posts")
def posts(tag: str):
    where = f"WHERE tags LIKE '%{tag}%'"
    stmt = text("SELECT id, title FROM posts " + where)
    with engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(stmt)]
