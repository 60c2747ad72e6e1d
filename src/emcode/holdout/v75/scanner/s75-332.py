from flask import Flask, render_template, request

app = Flask(__name__)

GRADES = ["4", "5", "5+", "6a", "6a+", "6b", "6b+", "6c", "7a"]


@app.route("/routes/new", methods=["GET", "POST"])
def new_route():
    errors = []
    name = request.form.get("name", "")
    grade = request.form.get("grade", "")
    if request.method == "POST":
        if not name.strip():
            errors.append("Route name is required")
        if grade not in GRADES:
            errors.append("Pick a grade from the list")
    return render_template("new_route.html", name=name, grade=grade, grades=GRADES, errors=errors)
