import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="coldchain")


@app.get("/shipments/{shipment_id}/readings")
def readings(shipment_id: str, limit: int = 50):
    base = "SELECT ts, celsius FROM readings WHERE shipment = "
    query = base + "'" + shipment_id + "'"
    query = query + " ORDER BY ts DESC LIMIT " + str(limit)
    with conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return [{"ts": t.isoformat(), "c": c} for t, c in data]
