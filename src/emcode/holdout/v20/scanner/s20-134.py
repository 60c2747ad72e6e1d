import os
from typing import List

from fastapi import FastAPI, Query
import pymysql

app = FastAPI()


@app.get("/users/batch")
def users_batch(names: List[str] = Query(..., max_length=50)):
    placeholders = ", ".join(["%s"] * len(names))
    q = "SELECT id, name, email FROM users"
    q = q + " WHERE name IN (" + placeholders + ")"
    conn = pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PW"], database="crm")
    with conn.cursor() as cur:
        cur.execute(q, tuple(names))
        out = cur.fetchall()
    conn.close()
    return [{"id": r[0], "name": r[1], "email": r[2]} for r in out]
