import psycopg
from psycopg import sql
from fastapi import FastAPI, HTTPException

app = FastAPI()
COLUMNS = {"grade", "setter", "wall", "set_on"}


@app.get("/routes")
def routes(order: str = "set_on", wall: str | None = None):
    if order not in COLUMNS:
        raise HTTPException(400, "bad order column")
    query = sql.SQL("SELECT id, name, grade, wall FROM routes")
    params = []
    if wall:
        query += sql.SQL(" WHERE wall = %s")
        params.append(wall)
    query += sql.SQL(" ORDER BY {}").format(sql.Identifier(order))
    with psycopg.connect("dbname=gym") as conn:
        return conn.execute(query, params).fetchall()
