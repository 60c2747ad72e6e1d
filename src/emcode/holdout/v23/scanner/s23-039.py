from flask import Flask, request, render_template_string

app = Flask(__name__)

CERT_TEMPLATE = """
<h1>Certificate</h1>
<p>Awarded to {{ student }} for completing {{ course }}</p>
"""


@app.route("/certificates/preview")
def preview_certificate():
    student = request.args.get("student", "Student")[:80]
    course = request.args.get("course", "Course")[:80]
    return render_template_string(CERT_TEMPLATE, student=student, course=course)
