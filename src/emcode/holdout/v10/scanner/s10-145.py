from fastapi import FastAPI, HTTPException
import psycopg2

app = FastAPI()
SORTS = {"created": "created", "author": "author"}


@app.get("/messages")
def list_messages(author: str = "", order_by: str = "created"):
    column = SORTS.get(order_by)
    if column is None:
        raise HTTPException(400, "order_by must be created or author")
    stmt = "SELECT id, author, body, created FROM messages"
    params = []
    if author:
        stmt += " WHERE author = %s"
        params.append(author)
    stmt += " ORDER BY " + column + " DESC LIMIT 50"
    with psycopg2.connect(dbname="chat") as conn, conn.cursor() as cur:
        cur.execute(stmt, params)
        return [dict(zip(["id", "author", "body", "created"], r)) for r in cur.fetchall()]
