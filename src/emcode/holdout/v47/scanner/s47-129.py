from flask import Flask, request

app = Flask(__name__)

TOTALS = {"A1": 3.2, "B4": 5.8}


@app.route("/yield")
def yield_for_block():
    block = request.args.get("block", "")
    tonnes = TOTALS.get(block)
    if tonnes is None:
        reply = "Unknown block " + block + " - check the spelling."
    else:
        reply = "Block " + block + " yielded " + str(tonnes) + " t."
    return reply
