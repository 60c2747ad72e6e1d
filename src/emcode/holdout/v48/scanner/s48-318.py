import subprocess
import tempfile

from flask import Flask, abort, request

app = Flask(__name__)
PRINTERS = {"booth-1", "booth-2", "office"}


@app.post("/print/ticket")
def print_ticket():
    printer = request.form.get("printer", "office")
    if printer not in PRINTERS:
        abort(400)
    text = request.form.get("text", "")[:2000]
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
        fh.write(text)
        fh.flush()
        subprocess.run(["lpr", "-P", printer, fh.name], check=True, timeout=20)
    return {"queued": True}
