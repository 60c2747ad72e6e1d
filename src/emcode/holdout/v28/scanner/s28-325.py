from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)


class TeacherSchedule(MethodView):
    def render(self, teacher, lessons):
        items = "".join(f"<li>{l}</li>" for l in lessons)
        return f"<h1>Schedule for {teacher}</h1><ul>{items}</ul>"

    def get(self):
        teacher = request.args.get("teacher", "")
        lessons = ["Maths 9A", "Maths 10C", "Free period"]
        return self.render(teacher, lessons)


app.add_url_rule("/schedule", view_func=TeacherSchedule.as_view("schedule"))
