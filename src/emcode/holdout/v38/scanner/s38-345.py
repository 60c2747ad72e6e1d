from flask import Flask, session, request
import psycopg2

app = Flask(__name__)
app.secret_key = "brewhouse-sup3r-s3cret"

DSN = "dbname=brewery user=taproom password=Hops4Life! host=db.internal"


@app.route("/taps")
def taps():
    session["visits"] = session.get("visits", 0) + 1
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT name, style FROM taps WHERE active")
        return {"taps": cur.fetchall(), "visits": session["visits"]}
