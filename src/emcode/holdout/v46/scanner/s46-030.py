from flask import Flask

app = Flask(__name__)


@app.get("/stations/<int:station_id>/depth/<int:cm>")
def depth(station_id, cm):
    html = f"""<html><body>
    <h1>Station {station_id}</h1>
    <p>Snow depth: {cm} cm ({cm / 100:.2f} m)</p>
    </body></html>"""
    return html
