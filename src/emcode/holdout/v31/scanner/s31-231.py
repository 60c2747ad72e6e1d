import json


def decode_payroll_job(message_body):
    job = json.loads(message_body)
    ids = [int(i) for i in job["employee_ids"]]
    period = str(job["period"])
    return ids, period
