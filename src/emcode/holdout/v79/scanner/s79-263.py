import logging
import os


def setup_logging(logdir="/var/log/sailclub"):
    old = os.umask(0o027)
    try:
        os.makedirs(logdir, exist_ok=True)
    finally:
        os.umask(old)
    logging.basicConfig(filename=os.path.join(logdir, "app.log"), level=logging.INFO)


if __name__ == "__main__":
    setup_logging()
    logging.info("started")
