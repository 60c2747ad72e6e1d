from flask import Flask, render_template, request
from flask.views import MethodView

app = Flask(__name__)


class TeacherSchedule(MethodView):
    def get(self):
        teacher = request.args.get("teacher", "")
        lessons = ["Maths 9A", "Maths 10C", "Free period"]
        return render_template("schedule.html", teacher=teacher, lessons=lessons)


app.add_url_rule("/schedule", view_func=TeacherSchedule.as_view("schedule"))
