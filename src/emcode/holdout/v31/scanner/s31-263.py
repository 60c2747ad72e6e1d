from flask import Flask, request

app = Flask(__name__)


@app.route("/payroll/greet")
def greet_employee():
    name = request.args.get("name", "colleague")
    message = "Hello " + name + ", your payslip for this month is ready."
    return message
