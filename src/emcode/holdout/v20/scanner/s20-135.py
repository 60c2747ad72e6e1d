from flask import Flask, request

app = Flask(__name__)

WIDGET = "<div class='widget'><h3>%s</h3><span>%s °C</span></div>"


@app.route("/dashboard")
def dashboard():
    label = request.args.get("label", "Living room")
    temp = 21.5
    widget = WIDGET % (label, temp)
    page = "<html><body>" + widget + "</body></html>"
    return page
