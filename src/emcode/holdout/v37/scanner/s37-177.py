from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/greeting")
def greeting():
    guest = request.args.get("guest", "Guest")
    tpl = "<h1>Welcome to the Harbour Hotel, " + guest + "!</h1><p>Housekeeping will visit at 10:00.</p>"
    return render_template_string(tpl)
