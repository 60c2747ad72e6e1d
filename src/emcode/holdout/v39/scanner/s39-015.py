import psycopg2
from flask import Flask, request
import os

app = Flask(__name__)


def conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/applicants")
def applicants():
    status = request.args.get("status", "pending")
    order = request.args.get("order", "created_at")
    base = "SELECT id, full_name, score FROM applicants "
    where = "WHERE status = '%s' " % status
    tail = "ORDER BY " + order
    with conn() as c, c.cursor() as cur:
        cur.execute(base + where + tail)
        return {"rows": cur.fetchall()}
