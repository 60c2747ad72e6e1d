import os
from flask import Flask, jsonify
import sqlite3

app = Flask(__name__)


@app.route("/api/sensors")
def sensors():
    conn = sqlite3.connect("sensors.db")
    rows = conn.execute("SELECT id, name, last_value FROM sensors").fetchall()
    conn.close()
    return jsonify([dict(zip(("id", "name", "value"), r)) for r in rows])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
