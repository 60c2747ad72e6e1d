from fastapi import FastAPI
import psycopg2

app = FastAPI()
conn = psycopg2.connect(dbname="chat", user="bot")

BASE = "SELECT id, author, body, created FROM messages"


@app.get("/messages")
def list_messages(author: str = "", order_by: str = "created"):
    stmt = BASE
    if author:
        stmt = stmt + " WHERE author = '%s'" % author
    stmt = stmt + " ORDER BY %s DESC LIMIT 50" % order_by
    cur = conn.cursor()
    cur.execute(stmt)
    return [dict(zip(["id", "author", "body", "created"], r)) for r in cur.fetchall()]
