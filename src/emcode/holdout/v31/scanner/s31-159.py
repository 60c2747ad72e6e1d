from fastapi import FastAPI, HTTPException
import psycopg2

app = FastAPI()


@app.get("/exhibits/{exhibit_id}")
def exhibit(exhibit_id: int):
    try:
        with psycopg2.connect(dbname="museum") as conn, conn.cursor() as cur:
            cur.execute("SELECT title, room FROM exhibits WHERE id = %s", (exhibit_id,))
            row = cur.fetchone()
    except psycopg2.Error as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc}")
    if row is None:
        raise HTTPException(404)
    return {"title": row[0], "room": row[1]}
