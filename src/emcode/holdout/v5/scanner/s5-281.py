import urllib.request
import json

def get_user_info(host, user_id):
    url = "http://%s/api/users/%s" % (host, user_id)
    with urllib.request.urlopen(url) as r:
        return json.load(r)
