from flask import Flask
import pymysql

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-k3y-2024"

DB = dict(host="db.internal", user="inventory", password="Winter2024!", database="stock")


def connect():
    return pymysql.connect(**DB)


@app.route("/health")
def health():
    connect().ping()
    return "ok"
