from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/checklist")
def checklist():
    couple = request.args.get("couple", "")
    tasks = ["Book venue", "Send invitations", "Taste cakes", "Confirm florist"]
    return render_template("checklist.html", couple=couple, tasks=tasks)
