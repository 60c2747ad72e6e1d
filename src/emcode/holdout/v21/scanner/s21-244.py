import logging
import sqlite3
import uuid
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/reports/<int:rid>")
def get_report(rid):
    try:
        conn = sqlite3.connect("reports.db")
        row = conn.execute("SELECT body FROM reports WHERE id = ?", (rid,)).fetchone()
        conn.close()
    except sqlite3.Error:
        ref = uuid.uuid4().hex[:8]
        log.exception("report %d failed ref=%s", rid, ref)
        return jsonify(error="internal error", ref=ref), 500
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(body=row[0])
