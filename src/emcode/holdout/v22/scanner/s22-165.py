from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_grade_report(student_name, grades):
    template = env.get_template("report.html")
    average = sum(g["score"] for g in grades) / len(grades) if grades else 0
    return template.render(student=student_name, grades=grades, average=round(average, 1))


if __name__ == "__main__":
    print(render_grade_report("Ana <b>", [{"course": "Math", "score": 8.5}]))
