from subprocess import call as run_cmd
from flask import Flask, request, render_template_string

app = Flask(__name__)

FORM = """<form method=post><input name=host><button>Ping</button></form>"""


@app.route("/tools/ping", methods=["GET", "POST"])
def ping():
    if request.method == "POST":
        target = request.form["host"]
        code = run_cmd("ping -c 2 " + target, shell=True)
        return {"exit": code}
    return render_template_string(FORM)
