import json
import os
import time

import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="sensor-7")
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
client.tls_set()
client.connect(os.environ.get("MQTT_HOST", "broker.example.com"), 8883)
client.loop_start()

while True:
    reading = {"t": time.time(), "temp": 21.3}
    client.publish("sensors/7/temp", json.dumps(reading), qos=1)
    time.sleep(30)
