from flask import Flask, request, render_template_string

app = Flask(__name__)

BANNER = "<div class='banner'>{{ msg }}</div>"


@app.route("/notice")
def notice():
    return render_template_string(BANNER, msg=request.args.get("msg", "Club closed today"))
