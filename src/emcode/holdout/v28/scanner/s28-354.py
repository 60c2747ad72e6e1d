import os

from flask import Flask, redirect, session, url_for, abort
from flask_wtf import FlaskForm
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


class Lesson(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    teacher_id = db.Column(db.Integer)


class DeleteForm(FlaskForm):
    pass


@app.post("/lessons/<int:lesson_id>/delete")
def delete_lesson(lesson_id):
    if "teacher_id" not in session:
        abort(401)
    form = DeleteForm()
    if form.validate_on_submit():
        Lesson.query.filter_by(id=lesson_id, teacher_id=session["teacher_id"]).delete()
        db.session.commit()
    return redirect(url_for("timetable"))
