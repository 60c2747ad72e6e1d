import os
from flask import Flask
import psycopg2

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


def db():
    return psycopg2.connect(host=os.environ.get("DB_HOST", "db"), user="icerink",
                            password=os.environ["DB_PASSWORD"], dbname="icerink")


@app.get("/health")
def health():
    with db():
        return {"ok": True}
