import psycopg2
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-key-please-change"
DB_PASSWORD = "Pg!2024prod"


def db():
    return psycopg2.connect(host="db.internal", user="app", password=DB_PASSWORD, dbname="shop")


@app.route("/health")
def health():
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT 1")
    return "ok"
