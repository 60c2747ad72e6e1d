from flask import Flask, request, make_response

app = Flask(__name__)


def render_receipt(name, miles):
    rows = "<tr><td>Name</td><td>{}</td></tr><tr><td>Miles</td><td>{}</td></tr>".format(name, miles)
    return "<table class='receipt'>" + rows + "</table>"


@app.route("/receipt")
def receipt():
    html = render_receipt(request.args.get("name", ""), request.args.get("miles", "0"))
    response = make_response(html)
    response.mimetype = "text/html"
    return response
