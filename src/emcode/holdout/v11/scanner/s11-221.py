import psycopg2
from fastapi import FastAPI

app = FastAPI()


def get_conn():
    return psycopg2.connect(dbname="blog", user="blog_ro")


@app.get("/posts")
def posts(sort: str = "created_at", direction: str = "desc", limit: int = 20):
    query = "SELECT id, title, created_at FROM posts"
    query = query + " WHERE published = true"
    query = query + " ORDER BY " + sort + " " + direction
    query += " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (limit,))
        return [{"id": r[0], "title": r[1], "created": r[2].isoformat()} for r in cur.fetchall()]
