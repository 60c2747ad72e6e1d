from flask import Flask, request

app = Flask(__name__)


@app.route("/vendors/check")
def vendor_check():
    vendor = request.args.get("vendor", "")
    return f"Sorry, {vendor} is not on the approved vendor list for this venue."
