import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/vaccinations")
def vaccinations():
    owner = request.args.get("owner", "")
    query = "SELECT pet, vaccine, due FROM vaccinations WHERE owner = ?"
    params = (owner,)
    conn = sqlite3.connect("clinic.db")
    rows = conn.execute(query, params).fetchall()
    result = [
        {"pet": pet, "vaccine": vaccine, "due": 
