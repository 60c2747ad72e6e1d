from flask import Flask, request, render_template_string

app = Flask(__name__)

TPL = "<h1>Welcome to the Harbour Hotel, {{ guest }}!</h1><p>Housekeeping will visit at 10:00.</p>"


@app.route("/greeting")
def greeting():
    return render_template_string(TPL, guest=request.args.get("guest", "Guest"))
