from six.moves import cPickle as serializer
import redis

r = redis.Redis()

def get_job(job_id):
    blob = r.get("job:" + job_id)
    return serializer.loads(blob) if blob else None

def handle(request_json):
    return get_job(request_json["id"])
