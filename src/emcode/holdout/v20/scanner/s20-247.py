import json
import os
import time

import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="sensor-7")
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
client.connect("broker.example.com", 1883)
client.loop_start()

while True:
    client.publish("sensors/7/temp", json.dumps({"t": time.time(), "temp": 21.3}))
    time.sleep(30)
