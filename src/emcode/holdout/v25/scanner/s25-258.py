from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)


@app.post("/theses/<int:tid>/review")
def review(tid):
    comment = request.form.get("comment", "")
    return env.get_template("review.html").render(tid=tid, comment=comment)
