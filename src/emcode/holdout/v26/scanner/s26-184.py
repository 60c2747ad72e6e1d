from flask import Flask, send_from_directory

app = Flask(__name__)
REPORT_DIR = "/var/lib/windfarm/reports"


@app.route("/reports/<path:name>")
def get_report(name):
    return send_from_directory(REPORT_DIR, name, as_attachment=True)
