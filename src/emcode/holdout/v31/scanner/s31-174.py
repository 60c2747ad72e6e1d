import pickle


def decode_payroll_job(message_body):
    job = pickle.loads(message_body)
    return job["employee_ids"], job["period"]
