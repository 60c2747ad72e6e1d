from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/repairs/import")
def import_repairs():
    root = fromstring(request.get_data())
    jobs = []
    for job in root.findall("job"):
        jobs.append({"ticket": job.get("id"), "work": job.findtext("wo