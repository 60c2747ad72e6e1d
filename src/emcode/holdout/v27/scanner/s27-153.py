import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="coldchain")


@app.get("/shipments/{shipment_id}/readings")
def readings(shipment_id: str, limit: int = 50):
    limit = max(1, min(limit, 500))
    query = "SELECT ts, celsius FROM readings WHERE shipment = %s"
    query += " ORDER BY ts DESC LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (shipment_id, limit))
        data = cur.fetchall()
    return [{"ts": t.isoformat(), "c": c} for t, c in data]
