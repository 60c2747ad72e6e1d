from flask import Flask, request

app = Flask(__name__)


@app.route("/bikes/lost")
def lost_bike():
    bike = request.args.get("bike", "")
    html = f"<p>We logged bike {bike} as lost. A ranger will check the dock.</p>"
    return html


@app.route("/bikes/found", methods=["POST"])
def found_bike():
    bike = request.form["bike"]
    dock = request.form.get("dock", "unknown")
    if not bike.isdigit():
        return {"error": "bike ids are numbers"}, 4
