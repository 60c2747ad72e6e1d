import os
from flask import Flask
import pymysql

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


def connect():
    return pymysql.connect(host=os.environ.get("DB_HOST", "localhost"), user=os.environ["DB_USER"],
                           password=os.environ["DB_PASSWORD"], database="stock")


@app.route("/health")
def health():
    connect().ping()
    return "ok"
