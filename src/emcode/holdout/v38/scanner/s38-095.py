from flask import Flask, jsonify, request

app = Flask(__name__)

CASES = {"CR-2024-0113": "State v. Hale", "CR-2024-0457": "State v. Ortiz"}


@app.route("/case")
def case():
    docket = request.args.get("docket", "")
    if docket not in CASES:
        msg = "No transcript for docket " + docket
        return msg, 404
    return jsonify(docket=docket, title=CASES[docket])
