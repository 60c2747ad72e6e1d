import dill as pickle


def load_job(message: dict):
    blob = bytes.fromhex(message["payload"])
    job = pickle.loads(blob)
    return job
