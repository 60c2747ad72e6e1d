import logging

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("dispatch")


def dispatch(token, drone_id, dest):
    log.info("dispatching %s to %s using token %s", drone_id, dest, token)
    r = requests.post("https://dispatch.example-drones.com/v1/jobs",
                      json={"drone": drone_id, "dest": dest},
                      headers={"Authorization": "Bearer " + token}, timeout=10)
    return r.status_code


if __name__ == "__main__":
    import os
    dispatch(os.environ["DISPATCH_TOKEN"], "DX-9", "52.1,4.3")
