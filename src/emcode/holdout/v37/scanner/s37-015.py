import hashlib
import json


def cache_key(route_request):
    canonical = json.dumps(route_request, sort_keys=True, separators=(",", ":"))
    return "route:" + hashlib.md5(canonical.encode()).hexdigest()
