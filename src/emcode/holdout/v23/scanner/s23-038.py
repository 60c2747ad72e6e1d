from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/certificates/preview")
def preview_certificate():
    student = request.args.get("student", "Student")
    course = request.args.get("course", "Course")
    template = "<h1>Certificate</h1><p>Awarded to " + student + " for completing {{ course }}</p>"
    return render_template_string(template, course=course)
