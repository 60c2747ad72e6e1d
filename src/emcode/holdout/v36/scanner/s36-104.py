import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/timetable/import")
def import_timetable():
    doc = yaml.load(request.get_data(), Loader=yaml.Loader)
    imported = 0
    for entry in doc.get("sections", []):
        imported += 1
        print("section", entry.get("cod