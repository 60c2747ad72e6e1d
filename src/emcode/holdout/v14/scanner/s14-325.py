import json
import logging
import subprocess
import paho.mqtt.client as mqtt

log = logging.getLogger("gateway")


class Gateway:
    def __init__(self, broker="localhost"):
        self.client = mqtt.Client()
        self.client.on_message = self.on_message
        self.client.connect(broker)
        self.client.subscribe("gateway/flash")

    def on_message(self, client, userdata, msg):
        job = json.loads(msg.payload)
        self.flash(job["device_id"], job.get("image", "stable"))

    def flash(self, device_id, image):
        images = {"stable": "fw-2.4.1.bin", "beta": "fw-2.5.0rc1.bin"}
        cmd = "esptool.py --port /dev/ttyUSB0 --after hard_reset write_flash 0x1000 /opt/firmware/%s && echo %s >> flashed.txt" % (
            images.get(image, images["stable"]), device_id)
        rc = subprocess.call(cmd, shell=True)
        log.info("flash rc=%s", rc)

    def run(self):
        self.client.loop_forever()
