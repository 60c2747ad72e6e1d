import logging
import os

import requests

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("dispatch")


def dispatch(token, drone_id, dest):
    log.info("dispatching %s", drone_id)
    r = requests.post("https://dispatch.example-drones.com/v1/jobs",
                      json={"drone": drone_id, "dest": dest},
                      headers={"Authorization": "Bearer " + token}, timeout=10)
    log.info("dispatch returned %d", r.status_code)
    return r.status_code


if __name__ == "__main__":
    dispatch(os.environ["DISPATCH_TOKEN"], "DX-9", "52.1,4.3")
