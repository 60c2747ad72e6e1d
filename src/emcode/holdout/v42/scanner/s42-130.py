import subprocess
import tempfile

from flask import Flask, jsonify, request

app = Flask(__name__)
PRINTERS = {"desk-1", "desk-2", "kiosk"}


@app.post("/tickets/<int:ticket_id>/print")
def print_ticket(ticket_id):
    printer = request.form.get("printer", "desk-1")
    if printer not in PRINTERS:
        return jsonify(error="unknown printer"), 400
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
        fh.write(f"Parking citation #{ticket_id}\n")
        fh.flush()
        subprocess.run(["lp", "-d", printer, fh.name], check=True, timeout=20)
    return jsonify(printed=ticket_id)
