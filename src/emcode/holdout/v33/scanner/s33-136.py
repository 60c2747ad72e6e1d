from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/vendors/check")
def vendor_check():
    vendor = request.args.get("vendor", "")
    msg = f"Sorry, {vendor} is not on the approved vendor list for this venue."
    return Response(msg, mimetype="text/plain")
