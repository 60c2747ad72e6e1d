import psycopg2
from fastapi import FastAPI

app = FastAPI()


@app.get("/books")
def books(title: str):
    pattern = f"%{title}%"
    conn = psycopg2.connect(dbname="library")
    with conn, conn.cursor() as cur:
        cur.execute("SELECT isbn, title FROM books WHERE title ILIKE %s", (pattern,))
        return [{"isbn": i, "title": t} for i, t in cur.fetchall()]
