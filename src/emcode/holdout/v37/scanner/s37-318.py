from flask import Flask, render_template, request

app = Flask(__name__)

ROSTER = {
    "soprano": ["Ana", "Mei", "Ruth"],
    "alto": ["Ines", "Kay"],
    "tenor": ["Jon", "Pavel"],
    "bass": ["Olu", "Sam", "Theo"],
}


@app.route("/roster")
def roster():
    section = request.args.get("section", "soprano")
    members = ROSTER.get(section, [])
    return render_template("roster.html", section=section, members=members)
