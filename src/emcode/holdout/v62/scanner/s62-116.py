from flask import Flask, request, jsonify

app = Flask(__name__)

RECEIPT = "Order for {name}: {count} x {loaf} (collect {day})"


@app.route("/receipt")
def receipt():
    line = RECEIPT.format(
        name=request.args.get("name", "guest"),
        count=int(request.args.get("count", 1)),
        loaf=request.args.get("loaf", "white"),
        day=request.args.get("day", "Saturday"),
    )
    return jsonify(receipt=line)
