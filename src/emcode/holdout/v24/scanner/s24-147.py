import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/vaccinations")
def vaccinations():
    owner = request.args.get("owner", "")
    query = "SELECT pet, vaccine, due FROM vaccinations"
    query += f" WHERE owner = '{owner}'"
    conn = sqlite3.connect("clinic.db")
    rows = conn.execute(query).fetchall()
    result = []
    for pet, vaccine, due in rows:
        result.append({"pet": pet, "vaccine": vaccine, "due": due, "overdue": due < 
