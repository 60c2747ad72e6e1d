import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=telemetry")

@app.route("/ingest", methods=["POST"])
def ingest():
    r = request.get_json()
    values = ", ".join("'%s'" % str(r[k]) for k in ("device", "metric", "value"))
    sql = "INSERT INTO readings (device, metric, value) VALUES (" + values + ")"
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.commit()
    return {"ok": True}
