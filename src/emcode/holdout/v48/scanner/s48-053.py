import os

import psycopg2
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["COOP_SECRET_KEY"]

conn = psycopg2.connect(
    host=os.environ.get("COOP_DB_HOST", "localhost"),
    user=os.environ["COOP_DB_USER"],
    password=os.environ["COOP_DB_PASSWORD"],
    dbname="coop",
)


@app.get("/members/count")
def members():
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM members")
        return {"count": cur.fetchone()[0]}
