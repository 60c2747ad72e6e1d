from flask import Flask
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = "x9f2-seedbank-prod-key"

DB_PASSWORD = "Winter2024!"


def db():
    return psycopg2.connect(host="db", user="seedbank", password=DB_PASSWORD, dbname="seedbank")


@app.get("/health")
def health():
    with db() as c:
        return {"ok": True}
