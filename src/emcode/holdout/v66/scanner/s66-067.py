import time
import uuid
import hashlib


def new_api_key(station_id):
    seed = f"{station_id}-{time.time()}-{uuid.uuid1()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]
