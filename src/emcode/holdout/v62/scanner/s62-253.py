from datetime import date

from flask import Flask

app = Flask(__name__)

INSPECTIONS = {"Skerry Point": date(2024, 4, 2), "Gull Rock": date(2024, 3, 18)}


@app.route("/inspections")
def inspections():
    rows = ""
    for tower, when in sorted(INSPECTIONS.items()):
        rows += f"<tr><td>{tower}</td><td>{when.isoformat()}</td></tr>"
    html = f"<table><tr><th>Tower</th><th>Last inspection</th></tr>{rows}</table>"
    html += f"<p>{len(INSPECTIONS)} towers</p>"
    return html
