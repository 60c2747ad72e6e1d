import os
import sqlite3
from flask import Flask, jsonify

app = Flask(__name__)


def rows(sql, params=()):
    with sqlite3.connect(os.environ.get("CROP_DB", "crops.db")) as conn:
        return conn.execute(sql, params).fetchall()


@app.route("/plots/<int:pid>")
def plot(pid):
    r = rows("SELECT id, crop, moisture FROM plots WHERE id = ?", (pid,))
    if not r:
        return jsonify(error="not found"), 404
    return jsonify(id=r[0][0], crop=r[0][1], moisture=r[0][2])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
