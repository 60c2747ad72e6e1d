from flask import Flask, session, request
import psycopg2

app = Flask(__name__)
app.secret_key = "dev-secret-key-123"
conn = psycopg2.connect(host="db", user="admin", password="Adm1nP@ss!", dbname="crm")


@app.route("/set-region", methods=["POST"])
def set_region():
    session["region"] = request.form["region"]
    return "ok"
