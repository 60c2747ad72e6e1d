import os

from flask import Flask, send_file

app = Flask(__name__)
PAYSLIP_DIR = "/srv/payroll/payslips"


@app.route("/payslips/<path:filename>")
def download_payslip(filename):
    full = os.path.join(PAYSLIP_DIR, filename)
    if not os.path.isfile(full):
        return "not found", 404
    return send_file(full, as_attachment=True)
