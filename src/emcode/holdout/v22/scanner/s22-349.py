import subprocess
import tempfile

from flask import Flask, abort, request

app = Flask(__name__)
PRINTERS = {"lobby", "library"}


@app.post("/print/<printer>")
def print_pdf(printer):
    if printer not in PRINTERS:
        abort(404)
    data = request.files["doc"].read()
    if not data.startswith(b"%PDF"):
        abort(415)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        proc = subprocess.run(["lp", "-d", printer, tmp.name], capture_output=True, text=True, timeout=30)
    return {"queued": proc.returncode == 0}
