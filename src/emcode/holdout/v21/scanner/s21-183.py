import os
import requests


def push_metrics(metrics):
    auth = (os.environ["METRICS_USER"], os.environ["METRICS_PASS"])
    r = requests.post("https://metrics.example.com/api/push", json=metrics, auth=auth, timeout=5)
    return r.status_code == 204
