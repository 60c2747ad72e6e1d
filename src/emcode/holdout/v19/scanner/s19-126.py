import os
import requests


def trigger_deploy(service):
    token = os.environ["DEPLOY_TOKEN"]
    headers = {"Authorization": "Bearer " + token}
    url = "https://deploy.internal/api/services/%s/deploy" % requests.utils.quote(service, safe="")
    r = requests.post(url, headers=headers, timeout=30)
    if r.status_code != 202:
        print("deploy failed", r.status_code)
    print("used token ending ...%s" % token[-4:])
    return r.status_code
