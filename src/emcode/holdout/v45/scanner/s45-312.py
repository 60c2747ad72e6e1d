from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/tickets/print")
def print_ticket():
    passenger = request.args.get("passenger", "")
    tpl = "<div class='ticket'><h1>Boarding pass</h1><p>" + passenger + "</p></div>"
    html = render_template_string(tpl)
    return html


@app.route("/tickets/qr")
def qr():
    import qrcode
    ref = request.args.get("ref", "")
    img = qrcode.make(re