import dill as serializer


def restore_job(payload: bytes):
    job = serializer.loads(payload)
    return job()
