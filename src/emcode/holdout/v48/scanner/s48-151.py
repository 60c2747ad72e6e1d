from flask import Flask
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = "b33k33p3rs-c00p-s3cr3t"

conn = psycopg2.connect(host="db.beecoop.internal", user="coop", password="Honey!2023", dbname="coop")


@app.get("/members/count")
def members():
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM members")
        return {"count": cur.fetchone()[0]}
