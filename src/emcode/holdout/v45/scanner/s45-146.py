from flask import Flask, request, render_template_string

app = Flask(__name__)

PASS = "<div class='ticket'><h1>Boarding pass</h1><p>{{ passenger }}</p></div>"


@app.route("/tickets/print")
def print_ticket():
    passenger = request.args.get("passenger", "")
    return render_template_string(PASS, passenger=passenger)


@app.route("/tickets/qr")
def qr():
    import qrcode
    ref = request.args.get("ref", "")
    img = qrcode.make(re