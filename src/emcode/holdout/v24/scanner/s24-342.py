from urllib.parse import urlsplit
from flask import Flask, request

app = Flask(__name__)
SITE_HOSTS = {"www.recipes.example", "recipes.example"}
REPORTS = []


@app.post("/csp-report")
def csp_report():
    report = (request.get_json(silent=True, force=True) or {}).get("csp-report", {})
    host = urlsplit(str(report.get("document-uri", ""))).hostname
    if host not in SITE_HOSTS:
        return "", 204
    REPORTS.append({"uri": report.get("document-uri"), "blocked": report.get("blocked-uri")})
    return "", 204
