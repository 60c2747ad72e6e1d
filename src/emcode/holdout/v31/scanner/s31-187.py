from flask import Flask, send_from_directory

app = Flask(__name__)
PAYSLIP_DIR = "/srv/payroll/payslips"


@app.route("/payslips/<path:filename>")
def download_payslip(filename):
    return send_from_directory(PAYSLIP_DIR, filename, as_attachment=True)
