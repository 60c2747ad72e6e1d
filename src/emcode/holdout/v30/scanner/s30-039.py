from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/courses")
def courses():
    subject = escape(request.args.get("subject", "all"))
    html = f"""
    <h1>Courses in {subject}</h1>
    <p>Applications for September intake are open.</p>
    """
    return html


@app.route("/courses/<int:course_id>")
def course_detail(course_id):
    return {"id": course_id, "title": "BSc Comp