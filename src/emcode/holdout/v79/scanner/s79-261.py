from flask import Flask

app = Flask(__name__)


@app.route("/lesson/<int:lesson_id>")
def lesson(lesson_id):
    return "<p>Lesson #%d has no room assigned.</p>" % lesson_id
