import logging
import os

LOG_DIR = "/var/log/ci-runner"


def setup_logging(job_id):
    os.makedirs(LOG_DIR, mode=0o777, exist_ok=True)
    os.chmod(LOG_DIR, 0o777)
    path = os.path.join(LOG_DIR, "job-%d.log" % int(job_id))
    logging.basicConfig(filename=path, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    return logging.getLogger("ci")
