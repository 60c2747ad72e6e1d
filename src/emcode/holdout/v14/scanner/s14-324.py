import logging
import re
import subprocess
from dataclasses import dataclass

log = logging.getLogger("gateway")
DEVICE_ID = re.compile(r"[a-f0-9]{12}")
PORTS = {"uart0": "/dev/ttyUSB0", "uart1": "/dev/ttyUSB1"}


@dataclass
class FlashJob:
    device_id: str
    port_name: str
    image: str


class Gateway:
    def __init__(self, image_dir: str = "/opt/firmware"):
        self.image_dir = image_dir
        self.images = {"stable": "fw-2.4.1.bin", "beta": "fw-2.5.0rc1.bin"}

    def flash(self, job: FlashJob) -> bool:
        if not DEVICE_ID.fullmatch(job.device_id):
            raise ValueError("device id must be 12 hex chars")
        port = PORTS[job.port_name]
        image = f"{self.image_dir}/{self.images[job.image]}"
        cmd = ["esptool.py", "--port", port, "write_flash", "0x1000", image]
        log.info("flashing device=%s port=%s image=%s", job.device_id, port, image)
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            log.error("flash failed for %s: rc=%d", job.device_id, result.returncode)
        return result.returncode == 0
