import os
import logging


def prepare_log_dir(path, mode=0o750):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, mode)
    return path


def configure(app_name):
    log_dir = prepare_log_dir(f"/var/log/{app_name}")
    logging.basicConfig(filename=os.path.join(log_dir, "app.log"), level=logging.INFO)


if __name__ == "__main__":
    configure("dockwatch")
