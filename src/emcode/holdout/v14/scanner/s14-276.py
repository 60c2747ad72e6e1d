import os
from flask import Flask, session, request
import psycopg2

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
conn = psycopg2.connect(os.environ["CRM_DSN"])


@app.route("/set-region", methods=["POST"])
def set_region():
    region = request.form["region"]
    if region not in {"eu", "us", "apac"}:
        return "unknown region", 400
    session["region"] = region
    return "ok"
