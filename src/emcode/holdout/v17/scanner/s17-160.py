import os
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/admin/backup")
def backup():
    table = request.args.get("table", "orders")
    out = f"/var/backups/{table}.sql"
    os.popen(f"pg_dump -t {table} shop > {out}").read()
    return send_file(out, as_attachment=True)
