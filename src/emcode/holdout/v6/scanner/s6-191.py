import json
import redis

r = redis.Redis()

def get_job(job_id: str):
    blob = r.get("job:" + job_id)
    return json.loads(blob) if blob else None
