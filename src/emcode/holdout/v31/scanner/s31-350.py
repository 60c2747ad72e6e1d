import subprocess

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/reports/seatmap")
def seatmap():
    venue = request.args.get("venue", "main-hall")
    out = f"/tmp/seatmap-{venue}.pdf"
    subprocess.run(f"render-seatmap --venue {venue} --out {out}", shell=True, check=True)
    return send_file(out, mimetype="application/pdf")
