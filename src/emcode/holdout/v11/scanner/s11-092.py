import logging
import subprocess

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

STEPS = [
    "find /var/cache/app -type f -mtime +7 -delete",
    "journalctl --vacuum-time=14d",
    "systemctl restart app-worker.service",
]


def run_steps():
    for step in STEPS:
        logging.info("running: %s", step)
        proc = subprocess.run(step, shell=True, capture_output=True, text=True)
        if proc.returncode:
            logging.error("step failed (%d): %s", proc.returncode, proc.stderr.strip()[:300])
            return False
    return True


if __name__ == "__main__":
    raise SystemExit(0 if run_steps() else 1)
