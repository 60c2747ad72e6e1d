import traceback
from flask import Flask, jsonify, request
import sqlite3

app = Flask(__name__)


@app.route("/reports/<int:rid>")
def get_report(rid):
    try:
        conn = sqlite3.connect("reports.db")
        row = conn.execute("SELECT body FROM reports WHERE id = ?", (rid,)).fetchone()
        return jsonify(body=row[0])
    except Exception:
        return jsonify(error=traceback.format_exc()), 500
