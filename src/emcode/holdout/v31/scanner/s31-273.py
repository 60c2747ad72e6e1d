from flask import Flask, request

app = Flask(__name__)


@app.route("/gym/classes")
def classes():
    instructor = request.args.get("instructor", "")
    page = f"""
    <h1>Classes with {instructor}</h1>
    <p>Check the timetable below.</p>
    """
    return page


@app.route("/gym/classes/<int:class_id>/book", methods=["POST"])
def book(class_id):
    member = request.form.get("member_id", type=int)
    if member is None:
        return "member_id required", 400
    from .booking import reserve
    ok = reserve(class_id, mem